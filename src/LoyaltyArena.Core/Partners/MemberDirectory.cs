using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public sealed record DirectoryRow(int Id, string DisplayName, string? Email, string? PhoneNumber, string Store, string Region, int Balance)
{
    public int PartnerId { get; init; }
    public string Language { get; init; } = Languages.Indonesian;
    public bool Active { get; init; } = true;
    public MemberApproval Approval { get; init; }
    public string Role { get; init; } = Roles.Staff;
}

public sealed record Paged<T>(IReadOnlyList<T> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < Pages;

    /// <summary>Page numbers from a query string are clamped, never trusted: 0, -5 and 99999 all land on a real page.</summary>
    public static int Clamp(int? page) => page is null or < 1 ? 1 : Math.Min(page.Value, 100_000);
}

/// <summary>Finding a member in Studio by name, email, phone or referral code, a page at a time.</summary>
public sealed class MemberDirectory(ArenaDbContext db)
{
    public const int PageSize = 30;

    public async Task<IReadOnlyList<DirectoryRow>> SearchAsync(string? query, int take, CancellationToken cancellationToken) =>
        (await PageAsync(query, null, 1, take, cancellationToken)).Rows;

    public async Task<Paged<DirectoryRow>> PageAsync(string? query, int? partnerId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking();
        if (partnerId is not null) members = members.Where(m => m.PartnerId == partnerId);
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            if (q.Length > 100) q = q[..100];
            var upper = q.ToUpperInvariant();
            var phone = PhoneNumbers.LooksLikePhone(q) ? PhoneNumbers.Normalize(q) : null;
            members = members.Where(m => m.DisplayName.ToUpper().Contains(upper) || m.NormalizedEmail!.Contains(upper)
                || m.ReferralCode == upper || (phone != null && m.PhoneNumber == phone));
        }
        var total = await members.CountAsync(cancellationToken);
        page = Math.Min(Paged<DirectoryRow>.Clamp(page), Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await Rows(members.OrderBy(m => m.DisplayName).ThenBy(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return new Paged<DirectoryRow>(rows, total, page, pageSize);
    }

    public async Task<DirectoryRow?> FindAsync(int memberId, CancellationToken cancellationToken) =>
        (await Rows(db.Members.AsNoTracking().Where(m => m.Id == memberId)).ToListAsync(cancellationToken)).FirstOrDefault();

    private IQueryable<DirectoryRow> Rows(IQueryable<Member> members) =>
        members.Select(m => new DirectoryRow(m.Id, m.DisplayName, m.Email, m.PhoneNumber, m.Partner!.Name, m.Partner.Region,
            db.Wallets.Where(w => w.MemberId == m.Id).Select(w => w.Balance).FirstOrDefault())
        {
            PartnerId = m.PartnerId,
            Language = m.Language,
            Active = m.DeactivatedAt == null,
            Approval = m.Approval,
            Role = db.UserRoles.Where(r => r.UserId == m.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault() ?? Roles.Staff,
        });
}

public sealed record PartnerRow(int Id, string Name, PartnerKind Kind, string? Code, string Region, string City, StoreSize? Size, int? ParentId, string? Parent, int Members, bool Active);

/// <summary>The brand's channel in Studio: distributors, retailers and stores, searchable and a page at a time.</summary>
public sealed class PartnerDirectory(ArenaDbContext db)
{
    public const int PageSize = 30;

    public async Task<Paged<PartnerRow>> PageAsync(string? query, int page, CancellationToken cancellationToken)
    {
        var partners = db.Partners.AsNoTracking().Where(p => p.Kind != PartnerKind.Brand);
        if (!string.IsNullOrWhiteSpace(query))
        {
            var upper = query.Trim().ToUpperInvariant();
            if (upper.Length > 100) upper = upper[..100];
            partners = partners.Where(p => p.Name.ToUpper().Contains(upper) || p.Code == upper || p.Region.ToUpper().Contains(upper) || p.City.ToUpper().Contains(upper));
        }
        var total = await partners.CountAsync(cancellationToken);
        page = Math.Min(Paged<PartnerRow>.Clamp(page), Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await Rows(partners.OrderBy(p => p.Kind).ThenBy(p => p.Name).ThenBy(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return new Paged<PartnerRow>(rows, total, page, PageSize);
    }

    public async Task<PartnerRow?> FindAsync(int id, CancellationToken cancellationToken) =>
        await Rows(db.Partners.AsNoTracking().Where(p => p.Id == id && p.Kind != PartnerKind.Brand)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every business a member or a child business can belong to, for a picker.</summary>
    public async Task<IReadOnlyList<(int Id, string Name, PartnerKind Kind)>> ChoicesAsync(CancellationToken cancellationToken) =>
        (await db.Partners.AsNoTracking().Where(p => p.Kind != PartnerKind.Brand && p.ClosedAt == null).OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Kind }).ToListAsync(cancellationToken))
        .Select(p => (p.Id, p.Name, p.Kind)).ToList();

    private IQueryable<PartnerRow> Rows(IQueryable<Partner> partners) =>
        partners.Select(p => new PartnerRow(p.Id, p.Name, p.Kind, p.Code, p.Region, p.City, p.Size, p.ParentId, p.Parent!.Name,
            db.Members.Count(m => m.PartnerId == p.Id), p.ClosedAt == null));
}
