using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Rewards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Core.Analytics;

public sealed record MonthRedeemed(string Month, long Points, long ValueIdr, int Count);

public sealed record RewardCost(string Reward, RewardCategory Category, int Count, long Points, long ValueIdr);

public sealed record LiabilityView(long PointsOutstanding, long OutstandingIdr, int PointValue, IReadOnlyList<MonthRedeemed> Months, IReadOnlyList<RewardCost> Rewards,
    IReadOnlyList<(RewardCategory Category, int Count, long ValueIdr)> Categories);

/// <summary>What the program owes and what rewards cost: the marketer's answer to "is this worth it".</summary>
public sealed class Liability(ArenaDbContext db, ProgramCalendar calendar, IOptions<ProgramSettings> program)
{
    public async Task<LiabilityView> GetAsync(CancellationToken cancellationToken)
    {
        var outstanding = await db.Wallets.SumAsync(w => (long)w.Balance, cancellationToken);
        var redeemed = await db.Redemptions.AsNoTracking().Where(r => r.Status == RedemptionStatus.Completed)
            .Select(r => new { r.CreatedAt, r.Cost, r.Reward!.Name, r.Reward.Category, r.Reward.ValueIdr }).ToListAsync(cancellationToken);
        var months = redeemed.GroupBy(r => calendar.MonthKey(r.CreatedAt)).OrderByDescending(g => g.Key).Take(12)
            .Select(g => new MonthRedeemed(g.Key, g.Sum(r => (long)r.Cost), g.Sum(r => r.ValueIdr), g.Count())).ToList();
        var rewards = redeemed.GroupBy(r => (r.Name, r.Category))
            .Select(g => new RewardCost(g.Key.Name, g.Key.Category, g.Count(), g.Sum(r => (long)r.Cost), g.Sum(r => r.ValueIdr)))
            .OrderByDescending(r => r.ValueIdr).ToList();
        var categories = rewards.GroupBy(r => r.Category).Select(g => (g.Key, g.Sum(r => r.Count), g.Sum(r => r.ValueIdr))).OrderByDescending(c => c.Item3).ToList();
        var pointValue = program.Value.PointValue;
        return new LiabilityView(outstanding, outstanding * pointValue, pointValue, months, rewards, categories);
    }
}
