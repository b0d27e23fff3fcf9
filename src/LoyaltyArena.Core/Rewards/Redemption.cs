namespace LoyaltyArena.Core.Rewards;

public enum RedemptionStatus
{
    Completed,
    Cancelled,
}

/// <summary>A reward taken by a member. (MemberId, RequestKey) is unique, so a double submission redeems once.</summary>
public sealed class Redemption
{
    private Redemption() { }

    public Redemption(int memberId, int rewardId, int cost, string requestKey, long ledgerEntryId, DateTime createdAt)
    {
        MemberId = memberId;
        RewardId = rewardId;
        Cost = cost;
        RequestKey = requestKey;
        LedgerEntryId = ledgerEntryId;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int MemberId { get; private set; }
    public int RewardId { get; private set; }
    public Reward? Reward { get; private set; }
    public int Cost { get; private set; }
    public string RequestKey { get; private set; } = "";

    /// <summary>The Redeem entry that paid for it.</summary>
    public long LedgerEntryId { get; private set; }

    public string? Code { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public RedemptionStatus Status { get; private set; } = RedemptionStatus.Completed;
    public DateTime? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }

    internal void AssignCode(string code) => Code = code;

    internal void Cancel(DateTime at, string reason)
    {
        if (Status == RedemptionStatus.Cancelled) throw new InvalidOperationException("Already cancelled.");
        Status = RedemptionStatus.Cancelled;
        CancelledAt = at;
        CancelReason = reason;
    }
}
