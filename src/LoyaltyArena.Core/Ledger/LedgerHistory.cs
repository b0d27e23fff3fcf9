using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Ledger;

public enum HistoryFilter
{
    All,
    In,
    Redeemed,
    Expired,
    Corrections,
}

public sealed record HistoryLine(
    long Id, int Amount, LedgerEntryKind Kind, string ReasonKey, string? Subject, string SourceType, DateTime CreatedAt,
    int BaseAmount, int MultiplierPercent, int? LotRemaining, DateTime? LotExpiresAt, int? RedemptionId = null);

/// <summary>Every point movement with why, from what, the multiplier, and when what is left of it expires.</summary>
public sealed class LedgerHistory(ArenaDbContext db)
{
    public async Task<IReadOnlyList<HistoryLine>> ForMemberAsync(int memberId, HistoryFilter filter, int take, CancellationToken cancellationToken)
    {
        var entries = db.LedgerEntries.AsNoTracking().Where(e => e.MemberId == memberId);
        entries = filter switch
        {
            HistoryFilter.In => entries.Where(e => e.Kind == LedgerEntryKind.Earn),
            HistoryFilter.Redeemed => entries.Where(e => e.Kind == LedgerEntryKind.Redeem),
            HistoryFilter.Expired => entries.Where(e => e.Kind == LedgerEntryKind.Expire),
            HistoryFilter.Corrections => entries.Where(e => e.Kind == LedgerEntryKind.Adjust || e.Kind == LedgerEntryKind.Reverse),
            _ => entries,
        };
        return await entries
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(take)
            .Select(e => new HistoryLine(e.Id, e.Amount, e.Kind, e.ReasonKey, e.Subject, e.SourceType, e.CreatedAt, e.BaseAmount, e.MultiplierPercent,
                db.PointLots.Where(l => l.LedgerEntryId == e.Id).Select(l => (int?)l.Remaining).FirstOrDefault(),
                db.PointLots.Where(l => l.LedgerEntryId == e.Id).Select(l => (DateTime?)l.ExpiresAt).FirstOrDefault(),
                db.Redemptions.Where(r => r.LedgerEntryId == e.Id).Select(r => (int?)r.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
