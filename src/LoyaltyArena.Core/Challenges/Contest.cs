using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.Core.Challenges;

public enum ContestMetric
{
    /// <summary>Points earned in the window (what counts on the leaderboards).</summary>
    Points,

    /// <summary>Units sold in the window (of one product, or of all).</summary>
    Units,

    /// <summary>Points earned in the window beyond those earned in the equal period just before it.</summary>
    Improvement,

    /// <summary>Units sold as a share of the person's or store's target, set per store size (in tenths of a percent).</summary>
    TargetPercent,
}

public enum ContestScope
{
    Individual,
    Store,
}

public enum ContestStatus
{
    Draft,
    Live,
    Closed,
}

/// <summary>
/// A challenge that ranks: who (or which store) did most in the window. With brackets, stores compete only with stores
/// of their own size, so a small shop is not up against a warehouse. Prizes go to the top places, once, when it closes.
/// </summary>
public sealed class Contest
{
    private Contest() { }

    public Contest(string title, string description, ContestMetric metric, ContestScope scope, int? productId, DateTime startsAt, DateTime endsAt, bool brackets, string prizes, DateTime createdAt,
        string? targets = null)
    {
        Targets = metric == ContestMetric.TargetPercent ? targets : null;
        (Title, Description, Metric, Scope, ProductId) = (title, description, metric, scope, productId);
        (StartsAt, EndsAt, Brackets, Prizes, CreatedAt) = (startsAt, endsAt, brackets, prizes, createdAt);
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ContestMetric Metric { get; private set; }
    public ContestScope Scope { get; private set; }
    public int? ProductId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }

    /// <summary>Rank within store-size brackets (Kecil, Sedang, Besar) instead of one table.</summary>
    public bool Brackets { get; private set; }

    /// <summary>Points for places 1, 2, 3…, comma separated ("1000,500,250"); each bracket has its own winners.</summary>
    public string Prizes { get; private set; } = "";

    /// <summary>For <see cref="ContestMetric.TargetPercent"/>: units to sell for small, medium and large stores ("50,150,400").</summary>
    public string? Targets { get; private set; }

    public PartnerKind? TargetPartnerKind { get; private set; }
    public string? TargetRegion { get; private set; }
    public ContestStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public IReadOnlyList<int> PrizeList => ContestRanking.ParsePrizes(Prizes) ?? [];

    public void ForSegment(PartnerKind? kind, string? region) => (TargetPartnerKind, TargetRegion) = (kind, string.IsNullOrWhiteSpace(region) ? null : region.Trim());

    public void Publish() => Status = Status == ContestStatus.Draft ? ContestStatus.Live : Status;
}

/// <summary>A prize paid: unique per contest, bracket and place (and member, for a store's team), so a second close pays nothing.</summary>
public sealed class ContestAward
{
    private ContestAward() { }

    public ContestAward(int contestId, string bracket, int place, int memberId, int points, DateTime at)
    {
        (ContestId, Bracket, Place, MemberId, Points, AwardedAt) = (contestId, bracket, place, memberId, points, at);
    }

    public long Id { get; private set; }
    public int ContestId { get; private set; }
    public string Bracket { get; private set; } = "";
    public int Place { get; private set; }
    public int MemberId { get; private set; }
    public int Points { get; private set; }
    public DateTime AwardedAt { get; private set; }
}

public sealed record Entrant(int Id, string Name, string Bracket, long Score);

public sealed record Standing(int Place, Entrant Entrant);

/// <summary>The ranking rules, free of storage.</summary>
public static class ContestRanking
{
    public const string NoBracket = "all";
    public const int MaxPlaces = 20;

    /// <summary>Places per bracket: highest score first, equal scores share a place, nobody with nothing is placed.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Standing>> Rank(IEnumerable<Entrant> entrants) =>
        entrants.Where(e => e.Score > 0).GroupBy(e => e.Bracket).ToDictionary(g => g.Key, g =>
        {
            var ordered = g.OrderByDescending(e => e.Score).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();
            var standings = new List<Standing>(ordered.Count);
            foreach (var entrant in ordered)
                standings.Add(new Standing(standings.Count > 0 && standings[^1].Entrant.Score == entrant.Score ? standings[^1].Place : standings.Count + 1, entrant));
            return (IReadOnlyList<Standing>)standings;
        });

    /// <summary>"1000, 500,250" as points per place; null when it is not a list of 1 to 20 positive amounts.</summary>
    public static IReadOnlyList<int>? ParsePrizes(string? text) =>
        ParseAmounts(text, max: 1_000_000) is { Count: >= 1 and <= MaxPlaces } prizes ? prizes : null;

    /// <summary>"50,150,400" as unit targets for small, medium and large stores; null unless three amounts from 1 to 10,000,000.</summary>
    public static IReadOnlyList<int>? ParseTargets(string? text) =>
        ParseAmounts(text, max: 10_000_000) is { Count: 3 } targets ? targets : null;

    /// <summary>Comma-separated whole amounts from 1 to <paramref name="max"/> ("1.000" reads as 1000); null when one is not.</summary>
    private static List<int>? ParseAmounts(string? text, int max)
    {
        var amounts = new List<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part.Replace(".", "", StringComparison.Ordinal), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount)
                || amount < 1 || amount > max) return null;
            amounts.Add(amount);
        }
        return amounts;
    }

    /// <summary>Share of the target reached, in tenths of a percent (1000 is 100%); a store of unknown size counts as medium.</summary>
    public static long TargetShare(long units, IReadOnlyList<int> targets, StoreSize? size) =>
        units * 1000 / targets[size switch { StoreSize.Small => 0, StoreSize.Large => 2, _ => 1 }];

    public static string BracketOf(bool brackets, StoreSize? size) => brackets ? size?.ToString() ?? "Unsized" : NoBracket;
}
