using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public sealed record PeoplePreview(int ImportId, PeopleFileKind Kind, string FileName, int Rows, IReadOnlyList<PeopleRow> Bad, int New, int Updates,
    DateTime? ImportedAt, int Created, int Updated)
{
    public bool CanImport => Rows > 0 && Bad.Count == 0 && ImportedAt is null;
}

/// <summary>
/// Stores and staff from a file in two steps: upload and see every bad row by line and reason, then import all rows
/// or none. Rows match on the store code or the member's phone, so importing a corrected file again updates, never duplicates.
/// </summary>
public sealed class PeopleImports(ArenaDbContext db, ArenaTransactions transactions, AccountLinks links, TimeProvider clock)
{
    public const int MaxBytes = 2_000_000;

    public async Task<int> UploadAsync(int actorId, PeopleFileKind kind, string fileName, string content, CancellationToken cancellationToken)
    {
        var import = new PeopleImport(actorId, kind, Path.GetFileName(fileName).Trim() is { Length: > 0 and <= 200 } name ? name : "upload.csv", content, clock.GetUtcNow().UtcDateTime);
        await transactions.WriteAsync(async ct =>
        {
            db.PeopleImports.Add(import);
            await db.SaveChangesAsync(ct);
            return new Done<int>(import.Id);
        }, cancellationToken);
        return import.Id;
    }

    public async Task<PeoplePreview?> PreviewAsync(int importId, CancellationToken cancellationToken)
    {
        var import = await db.PeopleImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        return import is null ? null : (await CheckAsync(import, cancellationToken)).Preview;
    }

    public async Task<PeoplePreview?> ImportAsync(int actorId, int importId, AccountLinkUrl url, CancellationToken cancellationToken)
    {
        PeoplePreview? result = null;
        await transactions.WriteAsync(async ct =>
        {
            var import = await db.PeopleImports.FirstOrDefaultAsync(i => i.Id == importId, ct);
            if (import is null) return new Done<bool>(false);
            var (preview, rows) = await CheckAsync(import, ct);
            result = preview;
            if (!preview.CanImport) return new Done<bool>(false);
            var (created, updated) = import.Kind == PeopleFileKind.Stores
                ? await ImportStoresAsync(rows, ct)
                : await ImportStaffAsync(rows, url, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            import.MarkImported(now, created, updated);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.PeopleImported, "import", import.Id.ToString(CultureInfo.InvariantCulture), import.FileName,
                $"{import.Kind}: {created} created, {updated} updated", now));
            await db.SaveChangesAsync(ct);
            result = preview with { ImportedAt = now, Created = created, Updated = updated };
            return new Done<bool>(true);
        }, cancellationToken);
        return result;
    }

    private async Task<(PeoplePreview Preview, IReadOnlyList<PeopleRow> Rows)> CheckAsync(PeopleImport import, CancellationToken ct)
    {
        var rows = PeopleCsv.Parse(import.Kind, import.Content);
        var (checkedRows, isNew) = import.Kind == PeopleFileKind.Stores ? await CheckStoresAsync(rows, ct) : await CheckStaffAsync(rows, ct);
        var bad = checkedRows.Where(r => r.Problems.Count > 0).ToList();
        var good = checkedRows.Count - bad.Count;
        return (new PeoplePreview(import.Id, import.Kind, import.FileName, rows.Count(r => r.Fields.Count > 0), bad, isNew, good - isNew,
            import.ImportedAt, import.Created, import.Updated), checkedRows);
    }

    private async Task<(List<PeopleRow> Rows, int New)> CheckStoresAsync(IReadOnlyList<PeopleRow> rows, CancellationToken ct)
    {
        var existing = await db.Partners.AsNoTracking().Where(p => p.Code != null && p.Kind != PartnerKind.Brand)
            .Select(p => new { p.Code, p.Kind }).ToDictionaryAsync(p => p.Code!, p => p.Kind, ct);
        var inFile = new Dictionary<string, PartnerKind>(StringComparer.Ordinal);
        foreach (var row in rows)
            if (row["code"] is { } code && PeopleChecks.ParseKind(row["kind"]) is { } kind) inFile.TryAdd(PartnerCodes.Normalize(code), kind);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PeopleRow>();
        var fresh = 0;
        foreach (var row in rows)
        {
            if (row.Problems.Count > 0) { result.Add(row); continue; }
            var kind = PeopleChecks.ParseKind(row["kind"]);
            var (sizeOk, size) = PeopleChecks.ParseSize(row["size"]);
            var problems = PeopleChecks.Partner(new PartnerInput(row["name"], kind ?? PartnerKind.Store, row["region"], row["city"], size, row["code"], null))
                .Where(p => p.Field != "kind").ToList();
            if (kind is null) problems.Add(new("kind", "People.KindInvalid"));
            if (!sizeOk) problems.Add(new("size", "People.SizeInvalid"));
            if (row["code"] is null) problems.Add(new("code", "People.CodeRequired"));
            else if (!seen.Add(PartnerCodes.Normalize(row["code"]!))) problems.Add(new("code", "Csv.DuplicateInFile"));
            if (row["parent"] is { } parent)
            {
                var parentCode = PartnerCodes.Normalize(parent);
                var parentKind = inFile.TryGetValue(parentCode, out var k) ? k : existing.TryGetValue(parentCode, out var e) ? e : (PartnerKind?)null;
                if (parentKind is null) problems.Add(new("parent", "People.ParentUnknown"));
                else if (kind is not null && parentKind >= kind) problems.Add(new("parent", "People.ParentInvalid"));
            }
            if (problems.Count == 0 && !existing.ContainsKey(PartnerCodes.Normalize(row["code"]!))) fresh++;
            result.Add(row with { Problems = problems });
        }
        return (result, fresh);
    }

    private async Task<(List<PeopleRow> Rows, int New)> CheckStaffAsync(IReadOnlyList<PeopleRow> rows, CancellationToken ct)
    {
        var codes = rows.Select(r => r["store"]).OfType<string>().Select(PartnerCodes.Normalize).Distinct().ToList();
        var stores = await db.Partners.AsNoTracking().Where(p => p.Code != null && codes.Contains(p.Code) && p.Kind != PartnerKind.Brand && p.ClosedAt == null)
            .Select(p => p.Code!).ToListAsync(ct);
        var phones = rows.Select(r => r["phone"]).Where(PhoneNumbers.IsValid).Select(p => PhoneNumbers.Normalize(p!)).Distinct().ToList();
        var emails = rows.Select(r => r["email"]).OfType<string>().Select(e => e.Trim().ToUpperInvariant()).Distinct().ToList();
        var byPhone = await db.Members.AsNoTracking().Where(m => phones.Contains(m.PhoneNumber!)).Select(m => new { m.Id, m.PhoneNumber }).ToDictionaryAsync(m => m.PhoneNumber!, m => m.Id, ct);
        var byEmail = await db.Members.AsNoTracking().Where(m => emails.Contains(m.NormalizedEmail!)).Select(m => new { m.Id, m.NormalizedEmail }).ToDictionaryAsync(m => m.NormalizedEmail!, m => m.Id, ct);
        var studioIds = await db.UserRoles.Join(db.Roles, r => r.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => x.Name == Roles.Marketer || x.Name == Roles.Admin).Select(x => x.UserId).ToListAsync(ct);
        var seenPhones = new HashSet<string>(StringComparer.Ordinal);
        var seenEmails = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PeopleRow>();
        var fresh = 0;
        foreach (var row in rows)
        {
            if (row.Problems.Count > 0) { result.Add(row); continue; }
            var problems = PeopleChecks.Member(new MemberInput(row["name"], row["phone"], row["email"], 0, row["role"], row["language"]));
            if (row["store"] is not { } store || !stores.Contains(PartnerCodes.Normalize(store))) problems.Add(new("store", "People.StoreCodeUnknown"));
            int? memberId = null;
            if (PhoneNumbers.IsValid(row["phone"]))
            {
                var phone = PhoneNumbers.Normalize(row["phone"]!);
                if (!seenPhones.Add(phone)) problems.Add(new("phone", "Csv.DuplicateInFile"));
                memberId = byPhone.TryGetValue(phone, out var id) ? id : null;
                if (memberId is { } m && studioIds.Contains(m)) problems.Add(new("phone", "People.PhoneTaken"));
            }
            if (row["email"] is { } email && PeopleChecks.IsEmail(email))
            {
                var normalized = email.Trim().ToUpperInvariant();
                if (!seenEmails.Add(normalized)) problems.Add(new("email", "Csv.DuplicateInFile"));
                else if (byEmail.TryGetValue(normalized, out var owner) && owner != memberId) problems.Add(new("email", "People.EmailTaken"));
            }
            if (problems.Count == 0 && memberId is null) fresh++;
            result.Add(row with { Problems = problems });
        }
        return (result, fresh);
    }

    private async Task<(int Created, int Updated)> ImportStoresAsync(IReadOnlyList<PeopleRow> rows, CancellationToken ct)
    {
        var brandId = await db.Partners.Where(p => p.Kind == PartnerKind.Brand).Select(p => p.Id).FirstAsync(ct);
        var byCode = await db.Partners.Where(p => p.Code != null).ToDictionaryAsync(p => p.Code!, ct);
        var (created, updated) = (0, 0);
        // Parents before children, so every parent code names a saved business.
        foreach (var row in rows.OrderBy(r => PeopleChecks.ParseKind(r["kind"])))
        {
            var code = PartnerCodes.Normalize(row["code"]!);
            var kind = PeopleChecks.ParseKind(row["kind"])!.Value;
            var parentId = row["parent"] is { } parent ? byCode[PartnerCodes.Normalize(parent)].Id : brandId;
            if (!byCode.TryGetValue(code, out var partner))
            {
                partner = new Partner(row["name"]!, kind, row["region"]!);
                db.Partners.Add(partner);
                byCode[code] = partner;
                created++;
            }
            else updated++;
            partner.Describe(row["name"]!, kind, row["region"]!, row["city"] ?? "", PeopleChecks.ParseSize(row["size"]).Size, code, parentId);
            await db.SaveChangesAsync(ct);
        }
        return (created, updated);
    }

    private async Task<(int Created, int Updated)> ImportStaffAsync(IReadOnlyList<PeopleRow> rows, AccountLinkUrl url, CancellationToken ct)
    {
        var codes = rows.Select(r => PartnerCodes.Normalize(r["store"]!)).Distinct().ToList();
        var stores = await db.Partners.Where(p => p.Code != null && codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code!, p => p.Id, ct);
        var phones = rows.Select(r => PhoneNumbers.Normalize(r["phone"]!)).ToList();
        var members = await db.Members.Where(m => phones.Contains(m.PhoneNumber!)).ToDictionaryAsync(m => m.PhoneNumber!, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = new List<(Member Member, string Role)>();
        var updated = 0;
        foreach (var row in rows)
        {
            var phone = PhoneNumbers.Normalize(row["phone"]!);
            var storeId = stores[PartnerCodes.Normalize(row["store"]!)];
            var role = MemberRoles.Parse(row["role"])!;
            if (!members.TryGetValue(phone, out var member))
            {
                member = new Member(row["name"]!.Trim(), row["email"], phone, storeId, ReferralCodes.New(row["name"]!), now) { ConcurrencyStamp = Guid.NewGuid().ToString() };
                member.ChooseLanguage(row["language"] ?? Languages.Indonesian);
                db.Members.Add(member);
                fresh.Add((member, role));
                continue;
            }
            member.Rename(row["name"]!);
            member.SetContact(row["email"] ?? member.Email, phone);
            member.MoveTo(storeId);
            member.ChooseLanguage(row["language"] ?? member.Language);
            await MemberRoles.SetAsync(db, member.Id, role, ct);
            updated++;
        }
        await db.SaveChangesAsync(ct);
        var roleIds = await MemberRoles.IdsAsync(db, ct);
        db.UserRoles.AddRange(fresh.Select(f => new Microsoft.AspNetCore.Identity.IdentityUserRole<int> { UserId = f.Member.Id, RoleId = roleIds[f.Role] }));
        await db.SaveChangesAsync(ct);
        foreach (var (member, _) in fresh) await links.IssueAsync(member, AccountLinkPurpose.FirstSignIn, url, ct);
        return (fresh.Count, updated);
    }
}
