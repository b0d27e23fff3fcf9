using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Learning;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public sealed record TeamMember(int Id, string Name, string? Phone, string Role, int PointsThisMonth, DateTime? LastActive, int TrainingsPassed, bool Active);

public sealed record PendingMember(int Id, string Name, string? Phone, DateTime JoinedAt, string? ReferredBy);

public sealed record Team(int StoreId, string Store, IReadOnlyList<TeamMember> Members, IReadOnlyList<PendingMember> Pending, int PointsThisMonth, int? StoreRank, int Stores);

/// <summary>An owner's view of their own store: who works there, how they are doing, and who waits to join.</summary>
public sealed class TeamQuery(ArenaDbContext db, ProgramCalendar calendar, TimeProvider clock)
{
    public async Task<int> StoreOfAsync(int ownerId, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().Where(m => m.Id == ownerId).Select(m => m.PartnerId).SingleAsync(cancellationToken);

    /// <summary>People waiting for the owner's approval, in one query for the home screen.</summary>
    public Task<int> WaitingAsync(int ownerId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().Where(o => o.Id == ownerId)
            .Select(o => db.Members.Count(m => m.PartnerId == o.PartnerId && m.Approval == MemberApproval.Pending)).SingleAsync(cancellationToken);

    public async Task<Team> ForOwnerAsync(int ownerId, CancellationToken cancellationToken)
    {
        var storeId = await StoreOfAsync(ownerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var month = LeaderboardPeriods.KeyFor(LeaderboardPeriod.Month, now, calendar);
        var store = await db.Partners.AsNoTracking().Where(p => p.Id == storeId).Select(p => new { p.Name, p.Kind }).SingleAsync(cancellationToken);
        var rows = await db.Members.AsNoTracking().Where(m => m.PartnerId == storeId && m.Approval == MemberApproval.Approved)
            .Select(m => new
            {
                m.Id, m.DisplayName, m.PhoneNumber, m.DeactivatedAt, m.LastSignInAt,
                Role = db.UserRoles.Where(r => r.UserId == m.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                Points = db.LeaderboardScores.Where(s => s.Board == LeaderboardScore.EveryoneBoard && s.PeriodKey == month && s.MemberId == m.Id).Select(s => s.Points).FirstOrDefault(),
                LastEntry = db.LedgerEntries.Where(e => e.MemberId == m.Id).Max(e => (DateTime?)e.CreatedAt),
                Passed = db.QuizAttempts.Where(a => a.MemberId == m.Id && a.Passed).Select(a => a.QuizId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        var members = rows
            .Select(r => new TeamMember(r.Id, r.DisplayName, r.PhoneNumber, r.Role ?? Roles.Staff, r.Points,
                r.LastSignInAt > r.LastEntry || r.LastEntry is null ? r.LastSignInAt : r.LastEntry, r.Passed, r.DeactivatedAt is null))
            .OrderByDescending(m => m.Active).ThenByDescending(m => m.PointsThisMonth).ThenBy(m => m.Name).ToList();
        var pending = await db.Members.AsNoTracking().Where(m => m.PartnerId == storeId && m.Approval == MemberApproval.Pending).OrderBy(m => m.CreatedAt)
            .Select(m => new PendingMember(m.Id, m.DisplayName, m.PhoneNumber, m.CreatedAt,
                db.Members.Where(r => r.Id == m.ReferredById).Select(r => r.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        // Stores ranked by their staff's points this month.
        var storeTotals = await db.LeaderboardScores.AsNoTracking().Where(s => s.Board == LeaderboardScore.EveryoneBoard && s.PeriodKey == month)
            .Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { m.PartnerId, s.Points })
            .Join(db.Partners.Where(p => p.Kind == store.Kind), x => x.PartnerId, p => p.Id, (x, _) => x)
            .GroupBy(x => x.PartnerId).Select(g => new { PartnerId = g.Key, Points = g.Sum(x => x.Points) })
            .ToListAsync(cancellationToken);
        var ours = storeTotals.FirstOrDefault(t => t.PartnerId == storeId)?.Points ?? 0;
        int? rank = ours > 0 ? storeTotals.Count(t => t.Points > ours) + 1 : null;
        return new Team(storeId, store.Name, members, pending, ours, rank, storeTotals.Count);
    }
}
