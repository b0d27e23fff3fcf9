using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Badges;

/// <summary>A badge a member earned; unique per member and badge, so it is awarded once.</summary>
public sealed class MemberBadge
{
    private MemberBadge() { }

    public long Id { get; private set; }
    public int MemberId { get; private set; }
    public string Code { get; private set; } = "";
    public DateTime AwardedAt { get; private set; }
}

/// <summary>One badge: its code (the resource keys are "Badge.{Code}" and "Badge.{Code}.How") and whether a member has earned it.</summary>
public interface IBadgeRule
{
    string Code { get; }

    /// <summary>Order in the gallery.</summary>
    int Order { get; }

    Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct);
}

public sealed class FirstQuizBadge : IBadgeRule
{
    public string Code => "FirstQuiz";
    public int Order => 1;
    public Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct) => db.QuizAttempts.AnyAsync(a => a.MemberId == memberId && a.Passed, ct);
}

public sealed class FiveModulesBadge : IBadgeRule
{
    public string Code => "FiveModules";
    public int Order => 2;

    public async Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct) =>
        await db.QuizAttempts.Where(a => a.MemberId == memberId && a.Passed).Join(db.Quizzes, a => a.QuizId, q => q.Id, (_, q) => q.TrainingModuleId)
            .Where(m => m != null).Distinct().CountAsync(ct) >= 5;
}

public sealed class FirstChallengeBadge : IBadgeRule
{
    public string Code => "FirstChallenge";
    public int Order => 3;
    public Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct) => db.ChallengeProgress.AnyAsync(p => p.MemberId == memberId && p.CompletedAt != null, ct);
}

public sealed class StreakWeekBadge(ProgramCalendar calendar, TimeProvider clock) : IBadgeRule
{
    public string Code => "Streak7";
    public int Order => 4;

    public async Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct) =>
        (await Streaks.ForMemberAsync(db, calendar, clock, memberId, ct)).Best >= 7;
}

public sealed class WeeklyTopTenBadge(ProgramCalendar calendar, TimeProvider clock) : IBadgeRule
{
    public string Code => "WeeklyTop10";
    public int Order => 5;

    public async Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct)
    {
        var week = LeaderboardPeriods.KeyFor(LeaderboardPeriod.Week, clock.GetUtcNow().UtcDateTime, calendar);
        var scores = db.LeaderboardScores.Where(s => s.Board == LeaderboardScore.EveryoneBoard && s.PeriodKey == week);
        var mine = await scores.Where(s => s.MemberId == memberId && s.Points > 0).Select(s => new { Ahead = scores.Count(o => o.Points > s.Points) }).FirstOrDefaultAsync(ct);
        return mine is not null && mine.Ahead < 10;
    }
}

public sealed class FirstRedemptionBadge : IBadgeRule
{
    public string Code => "FirstRedemption";
    public int Order => 6;
    public Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct) => db.Redemptions.AnyAsync(r => r.MemberId == memberId && r.Status == RedemptionStatus.Completed, ct);
}

public sealed class FirstReferralBadge : IBadgeRule
{
    public string Code => "FirstReferral";
    public int Order => 7;

    public Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct) =>
        db.Referrals.AnyAsync(r => r.ReferrerId == memberId && (r.Status == Referrals.ReferralStatus.Rewarded || r.Status == Referrals.ReferralStatus.CapReached), ct);
}

public sealed class ContestWinnerBadge : IBadgeRule
{
    public string Code => "ContestWinner";
    public int Order => 8;
    public Task<bool> EarnedAsync(ArenaDbContext db, int memberId, CancellationToken ct) => db.ContestAwards.AnyAsync(a => a.MemberId == memberId, ct);
}

public sealed record BadgeView(string Code, DateTime? AwardedAt);

/// <summary>Checks a member's badges after something happened and awards the new ones, each once, with a notification.</summary>
public sealed class BadgeAwarder(ArenaDbContext db, IEnumerable<IBadgeRule> rules, Notifier notifier, TimeProvider clock)
{
    public async Task CheckAsync(int memberId, CancellationToken cancellationToken)
    {
        var have = await db.MemberBadges.AsNoTracking().Where(b => b.MemberId == memberId).Select(b => b.Code).ToListAsync(cancellationToken);
        foreach (var rule in rules.Where(r => !have.Contains(r.Code)).OrderBy(r => r.Order))
        {
            if (!await rule.EarnedAsync(db, memberId, cancellationToken)) continue;
            var now = clock.GetUtcNow().UtcDateTime;
            var inserted = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "MemberBadges" ("MemberId", "Code", "AwardedAt") VALUES ({memberId}, {rule.Code}, {now})
                ON CONFLICT ("MemberId", "Code") DO NOTHING
                """, cancellationToken);
            if (inserted == 1) await notifier.NotifyAsync(memberId, "Notify.Badge", [$"Badge.{rule.Code}"], $"badge:{memberId}:{rule.Code}", cancellationToken, "/Badges");
        }
    }

    /// <summary>Every badge in gallery order, with when the member earned it (null: still locked).</summary>
    public async Task<IReadOnlyList<BadgeView>> GalleryAsync(int memberId, CancellationToken cancellationToken)
    {
        var earned = await db.MemberBadges.AsNoTracking().Where(b => b.MemberId == memberId).ToDictionaryAsync(b => b.Code, b => b.AwardedAt, cancellationToken);
        return rules.OrderBy(r => r.Order).Select(r => new BadgeView(r.Code, earned.TryGetValue(r.Code, out var at) ? at : null)).ToList();
    }
}

/// <summary>Badges follow events, after their transaction committed.</summary>
public sealed class BadgeHandlers(BadgeAwarder awarder) :
    IEventHandler<PointsChanged>, IEventHandler<QuizPassed>, IEventHandler<RewardRedeemed>, IEventHandler<ChallengeCompleted>
{
    public Task HandleAsync(PointsChanged domainEvent, CancellationToken cancellationToken) =>
        domainEvent.Kind == LedgerEntryKind.Earn ? awarder.CheckAsync(domainEvent.MemberId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(QuizPassed domainEvent, CancellationToken cancellationToken) => awarder.CheckAsync(domainEvent.MemberId, cancellationToken);

    public Task HandleAsync(RewardRedeemed domainEvent, CancellationToken cancellationToken) => awarder.CheckAsync(domainEvent.MemberId, cancellationToken);

    public Task HandleAsync(ChallengeCompleted domainEvent, CancellationToken cancellationToken) => awarder.CheckAsync(domainEvent.MemberId, cancellationToken);
}
