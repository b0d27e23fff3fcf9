using CsvHelper;
using LoyaltyArena.Core.Common;

namespace LoyaltyArena.Core.Partners;

public enum PeopleFileKind
{
    Stores,
    Staff,
}

/// <summary>An uploaded stores or staff file, kept between its preview and its import.</summary>
public sealed class PeopleImport
{
    private PeopleImport() { }

    public PeopleImport(int uploadedBy, PeopleFileKind kind, string fileName, string content, DateTime at)
    {
        UploadedBy = uploadedBy;
        Kind = kind;
        FileName = fileName;
        Content = content;
        UploadedAt = at;
    }

    public int Id { get; private set; }
    public int UploadedBy { get; private set; }
    public PeopleFileKind Kind { get; private set; }
    public string FileName { get; private set; } = "";
    public string Content { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    public DateTime? ImportedAt { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }

    public void MarkImported(DateTime at, int created, int updated)
    {
        ImportedAt = at;
        Created = created;
        Updated = updated;
    }
}

public sealed record PeopleRow(int Line, IReadOnlyDictionary<string, string?> Fields, IReadOnlyList<Problem> Problems)
{
    public string? this[string column] => Fields.TryGetValue(column, out var value) ? value : null;
}

/// <summary>
/// Reads a stores file (code, name, kind, region, city, size, parent) or a staff file (phone, name, email, store,
/// role, language). A spreadsheet saved as CSV works: comma or semicolon separated, with or without a BOM.
/// </summary>
public static class PeopleCsv
{
    public static readonly string[] StoreColumns = ["code", "name", "kind", "region", "city", "size", "parent"];
    public static readonly string[] StaffColumns = ["phone", "name", "email", "store", "role", "language"];

    /// <summary>Columns a file must have; the others may be left out.</summary>
    public static string[] Required(PeopleFileKind kind) => kind == PeopleFileKind.Stores ? ["code", "name", "region"] : ["phone", "name", "store"];

    public static string[] Columns(PeopleFileKind kind) => kind == PeopleFileKind.Stores ? StoreColumns : StaffColumns;

    public const int MaxRows = 20_000;

    public static string Sample(PeopleFileKind kind) => kind == PeopleFileKind.Stores
        ? "code,name,kind,region,city,size,parent\r\nDST-JB,PT Sinar Distribusi Jawa,Distributor,Jawa Barat,Bandung,,\r\nTK-0001,Toko Bangunan Maju,Toko,Jawa Barat,Bandung,Kecil,DST-JB\r\n"
        : "phone,name,email,store,role,language\r\n0812-3456-7890,Sari Wulandari,sari@contoh.id,TK-0001,Staf,id\r\n+62 813 1111 2222,Budi Santoso,,TK-0001,Pemilik,id\r\n";

    public static IReadOnlyList<PeopleRow> Parse(PeopleFileKind kind, string text)
    {
        text = text.TrimStart('\uFEFF');
        // The separator is detected: a spreadsheet in an Indonesian locale saves with semicolons.
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true, SkipEmptyLines = true });
        var headers = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Required(kind).Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
            return [new PeopleRow(1, new Dictionary<string, string?>(), missing.Select(m => new Problem(m, "Csv.MissingColumn")).ToList())];
        var rows = new List<PeopleRow>();
        while (csv.Read())
        {
            if (rows.Count >= MaxRows)
                return [new PeopleRow((int)csv.LineNumber, new Dictionary<string, string?>(), [new Problem("", "People.TooManyRows")])];
            var fields = Columns(kind).ToDictionary(c => c, c => headers.Contains(c) && csv.GetStringOrNull(csv.Headers[headers.IndexOf(c)]) is { Length: > 0 } v ? v.Trim() : null);
            rows.Add(new PeopleRow((int)csv.LineNumber, fields, []));
        }
        return rows;
    }
}
