namespace LoyaltyArena.Core.Ledger;

/// <summary>A request to move points, validated by <see cref="PostingRules"/> before anything is written.</summary>
public sealed record Posting(
    int MemberId,
    int Amount,
    LedgerEntryKind Kind,
    string SourceType,
    string SourceId,
    string IdempotencyKey,
    string ReasonKey,
    string? Subject = null,
    DateTime? OccurredAt = null)
{
    /// <summary>Earned points get the member's tier multiplier and count towards tiers and boards.</summary>
    public static Posting Earn(int memberId, int points, string sourceType, string sourceId, string reasonKey, string? subject, DateTime? occurredAt = null) =>
        new(memberId, points, LedgerEntryKind.Earn, sourceType, sourceId, $"{sourceType}:{sourceId}:member:{memberId}", reasonKey, subject, occurredAt)
        {
            TierMultiplier = true,
        };

    /// <summary>Apply the member's tier multiplier to <see cref="Amount"/> (earnings only).</summary>
    public bool TierMultiplier { get; init; }

    /// <summary>A debit takes from this lot before the others (expiry of one lot; reversal of one earning).</summary>
    public long? FromLotId { get; init; }

    /// <summary>Take only from <see cref="FromLotId"/>: expiry never reaches into lots that are not due.</summary>
    public bool OnlyFromLot { get; init; }

    public long? ReversesEntryId { get; init; }

    /// <summary>For a reversal of an earning: it leaves the tier window and the boards of the original's periods.</summary>
    public bool ReversesEarning { get; init; }

    /// <summary>When the boards count it: the original earning's time for a reversal, otherwise the entry's time.</summary>
    public DateTime? BoardTime { get; init; }

    public bool Qualifies => Kind == LedgerEntryKind.Earn || (ReversesEarning && Amount < 0);

    public static Posting Redeem(int memberId, int points, string sourceType, string sourceId, string idempotencyKey, string reasonKey, string? subject, DateTime? occurredAt = null) =>
        new(memberId, -points, LedgerEntryKind.Redeem, sourceType, sourceId, idempotencyKey, reasonKey, subject, occurredAt);

    /// <summary>Points that count towards leaderboards: what was earned, never what was spent.</summary>
    public int LeaderboardPoints => Qualifies ? Amount : 0;
}

public enum PostingStatus
{
    Posted,
    Duplicate,
    InsufficientPoints,
}

public sealed record PostingResult(PostingStatus Status, long EntryId, int Balance, int Amount = 0) : Common.IWriteOutcome
{
    public bool Succeeded => Status == PostingStatus.Posted;
}
