namespace LoyaltyArena.Core.Ledger;

public enum LedgerEntryKind
{
    Earn,
    Redeem,
    Expire,
    Adjust,
    Reverse,
}

/// <summary>
/// One movement of points. Append-only: rows are written by <see cref="PointsLedger"/> alone and a
/// database trigger refuses updates and deletes; a correction is a new Reverse or Adjust entry.
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry() { }

    public long Id { get; private set; }
    public int MemberId { get; private set; }

    /// <summary>Signed: positive for points in, negative for points out.</summary>
    public int Amount { get; private set; }

    public LedgerEntryKind Kind { get; private set; }

    /// <summary>What caused it, e.g. "quiz" with the quiz id, or "reward" with the redemption id.</summary>
    public string SourceType { get; private set; } = "";
    public string SourceId { get; private set; } = "";

    public string IdempotencyKey { get; private set; } = "";

    /// <summary>A resource key such as "Reason.QuizPassed", rendered in the reader's language with <see cref="Subject"/>.</summary>
    public string ReasonKey { get; private set; } = "";
    public string? Subject { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The points before the tier multiplier ("+110" came from 100 x1.10).</summary>
    public int BaseAmount { get; private set; }

    /// <summary>100 = no multiplier.</summary>
    public int MultiplierPercent { get; private set; } = 100;

    /// <summary>Counts towards the tier window: earnings, and reversals of earnings (negative).</summary>
    public bool Qualifies { get; private set; }

    public long? ReversesEntryId { get; private set; }
}
