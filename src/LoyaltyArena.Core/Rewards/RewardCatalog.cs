using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Rewards;

public sealed record MyRedemption(int Id, string RewardName, int Cost, string? Code, DateTime CreatedAt, RedemptionStatus Status = RedemptionStatus.Completed,
    FulfilmentStage Stage = FulfilmentStage.Issued, RewardCategory Category = RewardCategory.EVoucher, string? TrackingNumber = null);

/// <summary>A reward as one member sees it: open, or locked behind a tier (hidden ones are left out).</summary>
public sealed record CatalogItem(RewardOffer Offer, bool Locked, string? UnlockTier, int? LimitPerMember, LimitPeriod LimitPeriod);

public sealed class RewardCatalog(ArenaDbContext db, Common.ArenaTransactions transactions, RedemptionService redemptions, TimeProvider clock)
{
    public async Task<IReadOnlyList<CatalogItem>> ForMemberAsync(int memberId, CancellationToken cancellationToken)
    {
        var standing = await redemptions.StandingAsync(memberId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = new List<CatalogItem>();
        foreach (var reward in await db.Rewards.AsNoTracking().OrderBy(r => r.Cost).ThenBy(r => r.Id).ToListAsync(cancellationToken))
        {
            var terms = await redemptions.TermsAsync(reward, cancellationToken);
            var visibility = RewardEligibility.See(terms, standing, now);
            if (visibility == Visibility.Hidden) continue;
            items.Add(new CatalogItem(new RewardOffer(reward.Id, reward.Name, reward.Category, reward.Cost, reward.Stock, reward.ValueIdr, reward.Image, reward.Description, reward.Fulfilment),
                visibility == Visibility.TierLocked, terms.MinTierName, reward.LimitPerMember, reward.LimitPeriod));
        }
        return items;
    }

    /// <summary>What the home screen offers: only rewards this member can actually take.</summary>
    public async Task<RewardGoal> GoalForAsync(int memberId, int balance, CancellationToken cancellationToken)
    {
        var wish = await db.Members.Where(m => m.Id == memberId).Select(m => m.WishRewardId).FirstOrDefaultAsync(cancellationToken);
        return RewardChoice.Pick((await ForMemberAsync(memberId, cancellationToken)).Where(i => !i.Locked).Select(i => i.Offer), balance, wish);
    }

    public Task<int?> WishAsync(int memberId, CancellationToken cancellationToken) =>
        db.Members.Where(m => m.Id == memberId).Select(m => m.WishRewardId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Sets (or with the same reward again, clears) the member's wishlist goal.</summary>
    public Task ToggleWishAsync(int memberId, int rewardId, CancellationToken cancellationToken) =>
        transactions.WriteAsync(async ct =>
        {
            var member = await db.Members.SingleAsync(m => m.Id == memberId, ct);
            member.Wish(member.WishRewardId == rewardId || !await db.Rewards.AnyAsync(r => r.Id == rewardId, ct) ? null : rewardId);
            await db.SaveChangesAsync(ct);
            return new Common.Done<bool>(true);
        }, cancellationToken);

    public async Task<IReadOnlyList<RewardOffer>> OffersAsync(CancellationToken cancellationToken) =>
        await db.Rewards.AsNoTracking().OrderBy(r => r.Cost).ThenBy(r => r.Id)
            .Select(r => new RewardOffer(r.Id, r.Name, r.Category, r.Cost, r.Stock, r.ValueIdr))
            .ToListAsync(cancellationToken);

    public async Task<RewardGoal> GoalAsync(int balance, CancellationToken cancellationToken) =>
        RewardChoice.Pick(await OffersAsync(cancellationToken), balance);

    public async Task<IReadOnlyList<MyRedemption>> RedemptionsAsync(int memberId, int take, CancellationToken cancellationToken) =>
        await db.Redemptions.AsNoTracking().Where(r => r.MemberId == memberId)
            .OrderByDescending(r => r.Id).Take(take)
            .Select(r => new MyRedemption(r.Id, r.Reward!.Name, r.Cost, r.Code, r.CreatedAt, r.Status, r.Stage, r.Reward.Category, r.TrackingNumber))
            .ToListAsync(cancellationToken);
}
