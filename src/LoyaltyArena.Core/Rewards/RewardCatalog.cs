using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Rewards;

public sealed record MyRedemption(int Id, string RewardName, int Cost, string? Code, DateTime CreatedAt);

public sealed class RewardCatalog(ArenaDbContext db)
{
    public async Task<IReadOnlyList<RewardOffer>> OffersAsync(CancellationToken cancellationToken) =>
        await db.Rewards.AsNoTracking().OrderBy(r => r.Cost).ThenBy(r => r.Id)
            .Select(r => new RewardOffer(r.Id, r.Name, r.Category, r.Cost, r.Stock, r.ValueIdr))
            .ToListAsync(cancellationToken);

    public async Task<RewardGoal> GoalAsync(int balance, CancellationToken cancellationToken) =>
        RewardChoice.Pick(await OffersAsync(cancellationToken), balance);

    public async Task<IReadOnlyList<MyRedemption>> RedemptionsAsync(int memberId, int take, CancellationToken cancellationToken) =>
        await db.Redemptions.AsNoTracking().Where(r => r.MemberId == memberId)
            .OrderByDescending(r => r.Id).Take(take)
            .Select(r => new MyRedemption(r.Id, r.Reward!.Name, r.Cost, r.Code, r.CreatedAt))
            .ToListAsync(cancellationToken);
}
