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
    public static Posting Earn(int memberId, int points, string sourceType, string sourceId, string reasonKey, string? subject, DateTime? occurredAt = null) =>
        new(memberId, points, LedgerEntryKind.Earn, sourceType, sourceId, $"{sourceType}:{sourceId}:member:{memberId}", reasonKey, subject, occurredAt);

    public static Posting Redeem(int memberId, int points, string sourceType, string sourceId, string idempotencyKey, string reasonKey, string? subject, DateTime? occurredAt = null) =>
        new(memberId, -points, LedgerEntryKind.Redeem, sourceType, sourceId, idempotencyKey, reasonKey, subject, occurredAt);

    /// <summary>Points that count towards leaderboards: what was earned, never what was spent.</summary>
    public int LeaderboardPoints => Kind == LedgerEntryKind.Earn ? Amount : 0;
}

public enum PostingStatus
{
    Posted,
    Duplicate,
    InsufficientPoints,
}

public sealed record PostingResult(PostingStatus Status, long EntryId, int Balance) : Common.IWriteOutcome
{
    public bool Succeeded => Status == PostingStatus.Posted;
}
