namespace LoyaltyArena.Core.Ledger;

public sealed record LotBalance(long LotId, int Remaining, DateTime ExpiresAt);

public sealed record LotTake(long LotId, int Points);

/// <summary>FIFO: a debit takes from the lot that expires first (a named lot first, when given).</summary>
public static class ExpiryAllocator
{
    /// <returns>What to take from which lot, or null when the lots hold less than <paramref name="points"/>.</returns>
    public static IReadOnlyList<LotTake>? Allocate(IEnumerable<LotBalance> lots, int points, long? firstLotId = null)
    {
        if (points <= 0) throw new ArgumentOutOfRangeException(nameof(points));
        var takes = new List<LotTake>();
        var left = points;
        foreach (var lot in lots.Where(l => l.Remaining > 0).OrderBy(l => l.LotId == firstLotId ? 0 : 1).ThenBy(l => l.ExpiresAt).ThenBy(l => l.LotId))
        {
            var take = Math.Min(left, lot.Remaining);
            takes.Add(new LotTake(lot.LotId, take));
            left -= take;
            if (left == 0) return takes;
        }
        return null;
    }
}
