namespace LoyaltyArena.Core.Leaderboards;

/// <summary>
/// Points a member earned in one period of one board, incremented in the ledger transaction so a
/// board is an indexed range read rather than an aggregate over the ledger.
/// </summary>
public sealed class LeaderboardScore
{
    public const string EveryoneBoard = "all";

    private LeaderboardScore() { }

    public long Id { get; private set; }
    public string Board { get; private set; } = EveryoneBoard;
    public string PeriodKey { get; private set; } = "";
    public int MemberId { get; private set; }
    public int Points { get; private set; }

    /// <summary>When the score last moved: of two equal scores, the one reached first ranks first.</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>The rank at the last daily ranking (null before the first), for "up 3 since yesterday".</summary>
    public int? PreviousRank { get; private set; }

    /// <summary>The program day of <see cref="PreviousRank"/> ("2026-12-02"), so the ranking runs once a day however often the job does.</summary>
    public string? RankedDay { get; private set; }
}

/// <summary>The same for a store or a distributor: the qualifying points of its staff (a distributor's include its network's).</summary>
public sealed class PartnerScore
{
    private PartnerScore() { }

    public long Id { get; private set; }
    public string Board { get; private set; } = "";
    public string PeriodKey { get; private set; } = "";
    public int PartnerId { get; private set; }
    public int Points { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int? PreviousRank { get; private set; }
    public string? RankedDay { get; private set; }
}
