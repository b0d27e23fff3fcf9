using LoyaltyArena.Core.Common;

namespace LoyaltyArena.Core.Ledger;

public sealed record PointsChanged(int MemberId, int Amount, LedgerEntryKind Kind) : IDomainEvent
{
    /// <summary>How far the member moved on the boards (qualifying points only; 0 when the boards did not move).</summary>
    public int BoardPoints { get; init; }
}
