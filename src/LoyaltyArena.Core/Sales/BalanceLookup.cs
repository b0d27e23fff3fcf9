using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Tiers;

namespace LoyaltyArena.Core.Sales;

public sealed record MemberBalance(int MemberId, int Balance, string Tier, ExpiryPreview? ExpiringNext);

public sealed class BalanceLookup(ArenaDbContext db, PointsLedger ledger, TierService tiers, PointsExpiry expiry)
{
    public async Task<MemberBalance?> FindAsync(string memberRef, CancellationToken cancellationToken)
    {
        var memberId = await MemberReferences.FindAsync(db, memberRef, cancellationToken);
        if (memberId is null) return null;
        var tier = await tiers.StatusAsync(memberId.Value, cancellationToken);
        return new MemberBalance(memberId.Value, await ledger.BalanceAsync(memberId.Value, cancellationToken), tier.Current.Name,
            await expiry.NextAsync(memberId.Value, cancellationToken));
    }
}
