using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Ledger;

public sealed record HistoryLine(long Id, int Amount, LedgerEntryKind Kind, string ReasonKey, string? Subject, string SourceType, DateTime CreatedAt);

public sealed class LedgerHistory(ArenaDbContext db)
{
    public async Task<IReadOnlyList<HistoryLine>> ForMemberAsync(int memberId, int take, CancellationToken cancellationToken) =>
        await db.LedgerEntries.AsNoTracking().Where(e => e.MemberId == memberId)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(take)
            .Select(e => new HistoryLine(e.Id, e.Amount, e.Kind, e.ReasonKey, e.Subject, e.SourceType, e.CreatedAt))
            .ToListAsync(cancellationToken);
}
