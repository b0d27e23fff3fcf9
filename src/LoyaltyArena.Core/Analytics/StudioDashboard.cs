using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Analytics;

public sealed record DashboardFigures(int Members, int ActiveThisWeek, long PointsIssued, long PointsRedeemed, long PointsOutstanding, int Redemptions, IReadOnlyList<ActivityLine> Recent);

public sealed record ActivityLine(string MemberName, string Store, int Amount, LedgerEntryKind Kind, string ReasonKey, string? Subject, DateTime CreatedAt);

/// <summary>The marketer's first look at the program: who takes part, what was issued and spent.</summary>
public sealed class StudioDashboard(ArenaDbContext db, Common.ProgramCalendar calendar, TimeProvider clock)
{
    public async Task<DashboardFigures> GetAsync(CancellationToken cancellationToken)
    {
        var staffRoleIds = db.Roles.Where(r => r.Name == Roles.Staff || r.Name == Roles.Owner).Select(r => r.Id);
        var members = await db.UserRoles.Where(ur => staffRoleIds.Contains(ur.RoleId)).Select(ur => ur.UserId).Distinct().CountAsync(cancellationToken);
        var weekStart = calendar.WeekStartUtc(clock.GetUtcNow().UtcDateTime);
        var active = await db.LedgerEntries.Where(e => e.CreatedAt >= weekStart).Select(e => e.MemberId).Distinct().CountAsync(cancellationToken);
        var issued = await db.LedgerEntries.Where(e => e.Amount > 0).SumAsync(e => (long)e.Amount, cancellationToken);
        var redeemed = await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Redeem).SumAsync(e => -(long)e.Amount, cancellationToken);
        var outstanding = await db.Wallets.SumAsync(w => (long)w.Balance, cancellationToken);
        var redemptions = await db.Redemptions.CountAsync(cancellationToken);
        var recent = await db.LedgerEntries.AsNoTracking()
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(12)
            .Join(db.Members, e => e.MemberId, m => m.Id, (e, m) => new ActivityLine(m.DisplayName, m.Partner!.Name, e.Amount, e.Kind, e.ReasonKey, e.Subject, e.CreatedAt))
            .ToListAsync(cancellationToken);
        return new DashboardFigures(members, active, issued, redeemed, outstanding, redemptions, recent);
    }
}
