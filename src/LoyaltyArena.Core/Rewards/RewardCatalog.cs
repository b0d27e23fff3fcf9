using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Rewards;

public sealed record MyRedemption(int Id, string RewardName, int Cost, string? Code, DateTime CreatedAt, RedemptionStatus Status = RedemptionStatus.Completed,
    FulfilmentStage Stage = FulfilmentStage.Issued, RewardCategory Category = RewardCategory.EVoucher, string? TrackingNumber = null);

/// <summary>A reward as one member sees it: open, or locked behind a tier (hidden ones are left out).</summary>
public sealed record CatalogItem(RewardOffer Offer, bool Locked, string? UnlockTier, int? LimitPerMember, LimitPeriod LimitPeriod);

/// <summary>A reward's own page: the catalog line, its last day, its fine print and, for a ticket, where and when.</summary>
public sealed record RewardDetail(CatalogItem Item, DateTime? Until, string Terms, string? EventPlace, DateTime? EventAt);

public sealed class RewardCatalog(ArenaDbContext db, Common.ArenaTransactions transactions, RedemptionService redemptions, TimeProvider clock)
{
    public async Task<IReadOnlyList<CatalogItem>> ForMemberAsync(int memberId, CancellationToken cancellationToken) =>
        await ForMemberAsync(await redemptions.StandingAsync(memberId, cancellationToken), cancellationToken);

    /// <summary>The catalog for a member whose standing was read already: one query, each reward with its tier.</summary>
    public async Task<IReadOnlyList<CatalogItem>> ForMemberAsync(MemberStanding standing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var items = new List<CatalogItem>();
        var rows = await db.Rewards.AsNoTracking().OrderBy(r => r.Cost).ThenBy(r => r.Id)
            .Select(r => new { Reward = r, Tier = db.Tiers.Where(t => t.Id == r.MinTierId).Select(t => new { t.Threshold, t.Name }).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        foreach (var (reward, tier) in rows.Select(r => (r.Reward, r.Tier)))
        {
            var terms = RewardTerms.Of(reward, tier?.Threshold, tier?.Name);
            var visibility = RewardEligibility.See(terms, standing, now);
            if (visibility == Visibility.Hidden) continue;
            items.Add(new CatalogItem(new RewardOffer(reward.Id, reward.Name, reward.Category, reward.Cost, reward.Stock, reward.ValueIdr, reward.Image, reward.Description, reward.Fulfilment),
                visibility == Visibility.TierLocked, terms.MinTierName, reward.LimitPerMember, reward.LimitPeriod));
        }
        return items;
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

    /// <summary>One reward as the member sees it, with its last day; null when it is not in their catalog.</summary>
    public async Task<RewardDetail?> DetailAsync(int memberId, int rewardId, CancellationToken cancellationToken)
    {
        if ((await ForMemberAsync(memberId, cancellationToken)).FirstOrDefault(i => i.Offer.Id == rewardId) is not { } item) return null;
        return await db.Rewards.AsNoTracking().Where(r => r.Id == rewardId)
            .Select(r => new RewardDetail(item, r.AvailableUntil, r.Terms, r.EventPlace, r.EventAt)).SingleAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MyRedemption>> RedemptionsAsync(int memberId, int take, CancellationToken cancellationToken) =>
        await db.Redemptions.AsNoTracking().Where(r => r.MemberId == memberId)
            .OrderByDescending(r => r.Id).Take(take)
            .Select(r => new MyRedemption(r.Id, r.Reward!.Name, r.Cost, r.Code, r.CreatedAt, r.Status, r.Stage, r.Reward.Category, r.TrackingNumber))
            .ToListAsync(cancellationToken);
}
