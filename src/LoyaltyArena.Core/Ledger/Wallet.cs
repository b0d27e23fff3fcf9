namespace LoyaltyArena.Core.Ledger;

/// <summary>A member's running totals. The balance has a database CHECK (Balance &gt;= 0).</summary>
public sealed class Wallet
{
    private Wallet() { }

    public int MemberId { get; private set; }
    public int Balance { get; private set; }
    public int LifetimeEarned { get; private set; }
    public int LifetimeSpent { get; private set; }
}
