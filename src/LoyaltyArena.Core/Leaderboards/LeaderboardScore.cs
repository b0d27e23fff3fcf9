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
    public DateTime UpdatedAt { get; private set; }
}
