namespace LoyaltyArena.Core.Ledger;

/// <summary>
/// Points that came in together and expire together. Spending takes from the oldest lot first, so
/// what expires is always what was earned longest ago. The sum of a member's remaining lots is the balance.
/// </summary>
public sealed class PointLot
{
    private PointLot() { }

    public long Id { get; private set; }
    public int MemberId { get; private set; }
    public long LedgerEntryId { get; private set; }
    public int Amount { get; private set; }
    public int Remaining { get; private set; }
    public DateTime EarnedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
}
