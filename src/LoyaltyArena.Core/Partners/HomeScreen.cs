using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Rewards;

namespace LoyaltyArena.Core.Partners;

/// <summary>Everything the home screen answers: my points, what they buy, where I stand, what to do next.</summary>
public sealed record HomeView(MemberCard Member, RewardGoal Goal, BoardRow? WeekRank, ModuleCard? Next);

public sealed class HomeScreen(MemberSummary members, RewardCatalog catalog, LeaderboardQuery boards, LearningQuery learning)
{
    public async Task<HomeView?> GetAsync(int memberId, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(memberId, cancellationToken);
        if (member is null) return null;
        var goal = await catalog.GoalAsync(member.Balance, cancellationToken);
        var week = await boards.GetAsync(LeaderboardPeriod.Week, memberId, 0, cancellationToken);
        var next = await learning.NextAsync(memberId, cancellationToken);
        return new HomeView(member, goal, week.Me, next);
    }
}
