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

    public FulfilmentStage Stage { get; private set; } = FulfilmentStage.Issued;

    public WalletProvider? WalletProvider { get; private set; }
    public string? WalletNumber { get; private set; }

    /// <summary>The bank or e-wallet transfer reference a marketer records when the cashback is paid.</summary>
    public string? PayoutReference { get; private set; }

    public string? ShipRecipient { get; private set; }
    public string? ShipPhone { get; private set; }
    public string? ShipAddress { get; private set; }
    public string? ShipCity { get; private set; }
    public string? ShipPostalCode { get; private set; }
    public string? Courier { get; private set; }
    public string? TrackingNumber { get; private set; }

    public DateTime? PaidAt { get; private set; }
    public DateTime? PackedAt { get; private set; }
    public DateTime? ShippedAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }

    public ShippingDetails? Shipping => ShipAddress is null ? null : new(ShipRecipient!, ShipPhone!, ShipAddress, ShipCity!, ShipPostalCode!);

    internal void AssignCode(string code) => Code = code;

    internal void PayTo(PayoutDetails payout)
    {
        WalletProvider = payout.Provider;
        WalletNumber = payout.Number;
        Stage = FulfilmentStage.PaymentPending;
    }

    internal void ShipTo(ShippingDetails shipping)
    {
        (ShipRecipient, ShipPhone, ShipAddress, ShipCity, ShipPostalCode) = (shipping.Recipient, shipping.Phone, shipping.Address, shipping.City, shipping.PostalCode);
        Stage = FulfilmentStage.Ordered;
    }

    internal void Cancel(DateTime at, string reason)
    {
        if (Status == RedemptionStatus.Cancelled) throw new InvalidOperationException("Already cancelled.");
        Status = RedemptionStatus.Cancelled;
        CancelledAt = at;
        CancelReason = reason;
    }
}
