using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Core.Tiers;

namespace LoyaltyArena.Core.Partners;

/// <summary>Everything the home screen answers: my points, what they buy, my tier, where I stand, what to do next.</summary>
public sealed record HomeView(MemberCard Member, RewardGoal Goal, TierStatus Tier, ExpiryPreview? Expiring, BoardRow? WeekRank, ModuleCard? Next);

public sealed class HomeScreen(MemberSummary members, RewardCatalog catalog, TierService tiers, PointsExpiry expiry, LeaderboardQuery boards, LearningQuery learning)
{
    public async Task<HomeView?> GetAsync(int memberId, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(memberId, cancellationToken);
        if (member is null) return null;
        var goal = await catalog.GoalForAsync(memberId, member.Balance, cancellationToken);
        var tier = await tiers.StatusAsync(memberId, cancellationToken);
        var expiring = await expiry.NextAsync(memberId, cancellationToken);
        var week = await boards.GetAsync(LeaderboardPeriod.Week, memberId, 0, cancellationToken);
        var next = await learning.NextAsync(memberId, cancellationToken);
        return new HomeView(member, goal, tier, expiring, week.Me, next);
    }
}
