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
    /// <summary>Eight small queries at most (tests pin it): the member is read once and handed to each part.</summary>
    public async Task<HomeView?> GetAsync(int memberId, CancellationToken cancellationToken)
    {
        if (await members.HomeAsync(memberId, cancellationToken) is not { } home) return null;
        var member = home.Card;
        var offers = (await catalog.ForMemberAsync(home.Standing, cancellationToken)).Where(i => !i.Locked).Select(i => i.Offer);
        var goal = RewardChoice.Pick(offers, member.Balance, home.WishRewardId);
        var tier = await tiers.StatusAsync(memberId, cancellationToken);
        var expiring = await expiry.NextAsync(memberId, cancellationToken);
        var week = await boards.RankAsync(LeaderboardPeriod.Week, memberId, member.DisplayName, member.Store, cancellationToken);
        var next = (await learning.ModulesAsync(memberId, home.Standing.StoreKind, home.Standing.Region, cancellationToken)).FirstOrDefault(m => !m.Passed);
        return new HomeView(member, goal, tier, expiring, week, next);
    }
}
