using LoyaltyArena.Core.Common;

namespace LoyaltyArena.Core.Ledger;

public sealed record PointsChanged(int MemberId, int Amount, LedgerEntryKind Kind) : IDomainEvent;
