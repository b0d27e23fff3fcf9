namespace LoyaltyArena.Core.Tiers;

public sealed record TierLevel(int Id, string Name, int Threshold, int MultiplierPercent);

public sealed record TierProgress(TierLevel Current, TierLevel? Next, int Qualifying, int PointsToNext);

/// <summary>Which tier qualifying points reach, and how far the next one is. Pure arithmetic.</summary>
public static class TierPolicy
{
    public static TierLevel For(IReadOnlyCollection<TierLevel> tiers, int qualifying)
    {
        if (tiers.Count == 0) throw new InvalidOperationException("The program has no tiers.");
        var ordered = tiers.OrderBy(t => t.Threshold).ToList();
        return ordered.LastOrDefault(t => t.Threshold <= qualifying) ?? ordered[0];
    }

    public static TierProgress Progress(IReadOnlyCollection<TierLevel> tiers, int qualifying)
    {
        var current = For(tiers, qualifying);
        var next = tiers.Where(t => t.Threshold > current.Threshold).OrderBy(t => t.Threshold).FirstOrDefault();
        return new TierProgress(current, next, qualifying, next is null ? 0 : Math.Max(0, next.Threshold - qualifying));
    }

    /// <summary>The first instant that still counts: the same time of day, <paramref name="months"/> months back.</summary>
    public static DateTime WindowStart(DateTime nowUtc, int months) => nowUtc.AddMonths(-months);

    /// <summary>Points with the multiplier, rounded half up: 100 at x1.25 is 125, 5 at x1.10 is 6.</summary>
    public static int Multiply(int basePoints, int multiplierPercent) =>
        (int)Math.Floor((basePoints * (long)multiplierPercent + 50) / 100.0);
}
