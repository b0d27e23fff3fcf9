using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Sales;

/// <summary>An uploaded sales file, kept between its preview and its import.</summary>
public sealed class SalesImport
{
    private SalesImport() { }

    public SalesImport(int uploadedBy, string fileName, string content, DateTime at)
    {
        UploadedBy = uploadedBy;
        FileName = fileName;
        Content = content;
        UploadedAt = at;
    }

    public int Id { get; private set; }
    public int UploadedBy { get; private set; }
    public string FileName { get; private set; } = "";
    public string Content { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    public DateTime? ImportedAt { get; private set; }
    public int Created { get; private set; }
    public int Duplicates { get; private set; }
    public int Points { get; private set; }

    public void MarkImported(DateTime at, int created, int duplicates, int points)
    {
        ImportedAt = at;
        Created = created;
        Duplicates = duplicates;
        Points = points;
    }
}

public sealed record ImportPreview(int ImportId, string FileName, int Rows, IReadOnlyList<CsvSaleRow> Bad, DateTime? ImportedAt, int Created, int Duplicates, int Points)
{
    public bool CanImport => Rows > 0 && Bad.Count == 0 && ImportedAt is null;
}

/// <summary>CSV import in two steps: upload and preview every bad row, then import all rows or none.</summary>
public sealed class SalesImports(ArenaDbContext db, ArenaTransactions transactions, SalesIntake intake, ProgramCalendar calendar, TimeProvider clock)
{
    public const int MaxBytes = 2_000_000;

    public async Task<int> UploadAsync(int actorId, string fileName, string content, CancellationToken cancellationToken)
    {
        var import = new SalesImport(actorId, Path.GetFileName(fileName), content, clock.GetUtcNow().UtcDateTime);
        await transactions.WriteAsync(async ct =>
        {
            db.SalesImports.Add(import);
            await db.SaveChangesAsync(ct);
            return new Done<int>(import.Id);
        }, cancellationToken);
        return import.Id;
    }

    public async Task<ImportPreview?> PreviewAsync(int importId, CancellationToken cancellationToken)
    {
        var import = await db.SalesImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null) return null;
        var rows = SalesCsv.Parse(import.Content, calendar.Zone);
        var bad = new List<CsvSaleRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var problems = row.Problems.ToList();
            if (problems.All(p => p.Key != "Csv.MissingColumn"))
            {
                problems.AddRange((await intake.CheckAsync(row.Sale, SaleSources.Csv, null, cancellationToken)).Problems.Where(p => problems.All(q => q.Field != p.Field)));
                if (row.Sale.ExternalId is { Length: > 0 } id && !seen.Add(id.Trim())) problems.Add(("externalId", "Csv.DuplicateInFile"));
            }
            if (problems.Count > 0) bad.Add(row with { Problems = problems });
        }
        return new ImportPreview(import.Id, import.FileName, rows.Count, bad, import.ImportedAt, import.Created, import.Duplicates, import.Points);
    }

    /// <summary>Imports every row in one transaction; a file with any bad row imports nothing.</summary>
    public async Task<ImportPreview?> ImportAsync(int actorId, int importId, CancellationToken cancellationToken)
    {
        var preview = await PreviewAsync(importId, cancellationToken);
        if (preview is null || !preview.CanImport) return preview;
        var import = await db.SalesImports.AsNoTracking().SingleAsync(i => i.Id == importId, cancellationToken);
        var rows = SalesCsv.Parse(import.Content, calendar.Zone);

        var outcome = await transactions.WriteAsync(async ct =>
        {
            var batch = await intake.RecordAsync(rows.Select(r => r.Sale).ToList(), SaleSources.Csv, null, ct);
            if (!batch.Succeeded) return batch;
            var created = batch.Sales.Count(s => s.Status == SaleStatus.Created);
            var points = batch.Sales.Where(s => s.Status == SaleStatus.Created).Sum(s => s.Result!.Points);
            var tracked = await db.SalesImports.SingleAsync(i => i.Id == importId, ct);
            tracked.MarkImported(clock.GetUtcNow().UtcDateTime, created, batch.Sales.Count - created, points);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.SalesImported, "import", importId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                tracked.FileName, $"{created} new, {batch.Sales.Count - created} already known, {points} points", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return batch;
        }, cancellationToken);
        return await PreviewAsync(importId, cancellationToken);
    }
}
