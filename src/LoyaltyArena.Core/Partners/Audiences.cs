using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

/// <summary>A member a message can reach: in the app always, by email when they have an address.</summary>
public sealed record Recipient(int Id, string Name, string? Email, string Language);

/// <summary>
/// The members a segment reaches: approved, active, not program staff (marketers and admins), and optionally only the
/// active or the dormant ones (a member who joined within the period counts as active). Challenges, contests and broadcasts all target through here.
/// </summary>
public sealed class Audiences(ArenaDbContext db, TimeProvider clock)
{
    /// <summary>A member with no sign-in and no earning for this many days is dormant (and gets the reactivation email).</summary>
    public const int DormantAfterDays = 30;

    public async Task<IReadOnlyList<Recipient>> MembersAsync(Segment segment, Activity? activity, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-DormantAfterDays);
        var members = db.Members.AsNoTracking().Where(m => m.DeactivatedAt == null && m.Approval == MemberApproval.Approved)
            .Where(m => !db.UserRoles.Any(ur => ur.UserId == m.Id && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Marketer || r.Name == Roles.Admin))));
        if (segment.Kind is { } kind) members = members.Where(m => m.Partner!.Kind == kind);
        if (segment.Size is { } size) members = members.Where(m => m.Partner!.Size == size);
        if (activity is { } wanted)
        {
            members = wanted == Activity.Active
                ? members.Where(m => m.CreatedAt >= since || m.LastSignInAt >= since || db.LedgerEntries.Any(e => e.MemberId == m.Id && e.Kind == LedgerEntryKind.Earn && e.CreatedAt >= since))
                : members.Where(m => m.CreatedAt < since && (m.LastSignInAt == null || m.LastSignInAt < since)
                    && !db.LedgerEntries.Any(e => e.MemberId == m.Id && e.Kind == LedgerEntryKind.Earn && e.CreatedAt >= since));
        }
        var rows = await members.Select(m => new
        {
            m.Id, m.DisplayName, m.Email, m.Language, m.Partner!.Kind, m.Partner.Region, m.Partner.Size,
            Threshold = db.MemberTiers.Where(t => t.MemberId == m.Id).Join(db.Tiers, t => t.TierId, t => t.Id, (_, t) => (int?)t.Threshold).FirstOrDefault() ?? 0,
        }).ToListAsync(cancellationToken);
        return rows.Where(m => segment.Includes(m.Kind, m.Region, m.Threshold, m.Size)).Select(m => new Recipient(m.Id, m.DisplayName, m.Email, m.Language)).ToList();
    }

    /// <summary>The segment with its minimum tier named by id (as Studio forms keep it).</summary>
    public async Task<Segment> SegmentAsync(PartnerKind? kind, string? region, int? minTierId, StoreSize? size, CancellationToken cancellationToken)
    {
        var threshold = minTierId is { } tier ? await db.Tiers.Where(t => t.Id == tier).Select(t => (int?)t.Threshold).FirstOrDefaultAsync(cancellationToken) : null;
        return new Segment(kind, string.IsNullOrWhiteSpace(region) ? null : region.Trim(), threshold, size);
    }
}
