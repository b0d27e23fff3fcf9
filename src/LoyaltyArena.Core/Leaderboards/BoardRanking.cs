namespace LoyaltyArena.Core.Leaderboards;

/// <summary>A score on a board as read, before names are attached.</summary>
public sealed class ScoreLine
{
    public int Id { get; init; }
    public int Points { get; init; }
    public DateTime UpdatedAt { get; init; }
    public int? PreviousRank { get; init; }
    public int Rank { get; init; }
}

/// <summary>The ranking rules, free of storage: ties, order, movement and the gap to the next place.</summary>
public static class BoardRanking
{
    /// <summary>Places for lines already in board order: equal points share a place ("1, 2, 2, 4"), as on a sports table.</summary>
    public static IReadOnlyList<int> Places(IReadOnlyList<int> pointsInOrder)
    {
        var places = new int[pointsInOrder.Count];
        for (var i = 0; i < places.Length; i++)
            places[i] = i > 0 && pointsInOrder[i] == pointsInOrder[i - 1] ? places[i - 1] : i + 1;
        return places;
    }

    /// <summary>Board order: most points first; of equal points, the one reached first (then the lower id, for a stable order).</summary>
    public static IOrderedEnumerable<ScoreLine> InBoardOrder(this IEnumerable<ScoreLine> lines) =>
        lines.OrderByDescending(l => l.Points).ThenBy(l => l.UpdatedAt).ThenBy(l => l.Id);

    /// <summary>The same order, read by the database.</summary>
    public static IOrderedQueryable<ScoreLine> InBoardOrder(this IQueryable<ScoreLine> lines) =>
        lines.OrderByDescending(l => l.Points).ThenBy(l => l.UpdatedAt).ThenBy(l => l.Id);

    /// <summary>Places moved since the last daily ranking: positive is up; null when there was no rank then.</summary>
    public static int? Movement(int? previousRank, int rank) => previousRank is { } before && rank > 0 ? before - rank : null;

    /// <summary>The points still needed to pass the one just ahead (one more than the gap); null when nobody is ahead.</summary>
    public static int? PointsToPass(int myPoints, int? aheadPoints) => aheadPoints is { } ahead ? ahead - myPoints + 1 : null;

    /// <summary>
    /// The window shown around me when I am outside the top: up to <paramref name="around"/> lines above and below me, in
    /// board order, from the lines just above (nearest first) and just below (nearest first).
    /// </summary>
    public static IReadOnlyList<ScoreLine> Window(IEnumerable<ScoreLine> aboveNearestFirst, ScoreLine me, IEnumerable<ScoreLine> belowNearestFirst, int around = 2) =>
        [.. aboveNearestFirst.Take(around).Reverse(), me, .. belowNearestFirst.Take(around)];
}
