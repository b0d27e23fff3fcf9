namespace LoyaltyArena.Core.Referrals;

public enum ReferralStatus
{
    /// <summary>The new member waits for their store owner.</summary>
    AwaitingApproval,

    /// <summary>Approved and welcomed; the referrer's bonus waits for the qualifying action.</summary>
    Joined,

    /// <summary>The referrer was paid.</summary>
    Rewarded,

    /// <summary>The qualifying action happened, but the referrer had reached the month's cap.</summary>
    CapReached,

    /// <summary>No bonus for anyone: declined by the owner, or flagged (see the reason).</summary>
    Refused,
}

/// <summary>One person brought in by another, and where their two-sided bonus stands.</summary>
public sealed class Referral
{
    private Referral() { }

    public Referral(int referrerId, int refereeId, string source, string device, DateTime createdAt, string? refusedReason)
    {
        ReferrerId = referrerId;
        RefereeId = refereeId;
        Source = source;
        Device = device;
        CreatedAt = createdAt;
        if (refusedReason is not null) Refuse(refusedReason);
    }

    public int Id { get; private set; }
    public int ReferrerId { get; private set; }

    /// <summary>Unique: a person is referred once.</summary>
    public int RefereeId { get; private set; }

    public ReferralStatus Status { get; private set; } = ReferralStatus.AwaitingApproval;

    /// <summary>A resource key saying why no bonus was paid ("Referral.Refused.SelfReferral"...).</summary>
    public string? RefusedReason { get; private set; }

    /// <summary>A hash of the address the sign-up came from: many sign-ups from one address are a farm.</summary>
    public string Source { get; private set; } = "";

    /// <summary>A hash of the browser's device id (a long-lived cookie): many sign-ups from one phone are a farm too.</summary>
    public string Device { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
    public DateTime? QualifiedAt { get; private set; }
    public int WelcomePoints { get; private set; }
    public int ReferrerPoints { get; private set; }

    public void Refuse(string reason)
    {
        Status = ReferralStatus.Refused;
        RefusedReason = reason;
    }

    public void Welcomed(int points)
    {
        if (Status != ReferralStatus.AwaitingApproval) return;
        Status = ReferralStatus.Joined;
        WelcomePoints = points;
    }

    public void Qualified(DateTime at, int referrerPoints, bool capReached)
    {
        QualifiedAt = at;
        Status = capReached ? ReferralStatus.CapReached : ReferralStatus.Rewarded;
        ReferrerPoints = capReached ? 0 : referrerPoints;
    }
}

/// <summary>What earns the referrer their bonus.</summary>
public enum ReferralQualifier
{
    FirstTrainingPassed,
    Approved,
}
