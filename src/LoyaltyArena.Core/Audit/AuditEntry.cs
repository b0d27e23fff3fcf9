namespace LoyaltyArena.Core.Audit;

/// <summary>Who did what to whom, when and why. Written in the same transaction as the action itself.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(int actorId, string action, string targetType, string targetId, string reason, string details, DateTime createdAt)
    {
        ActorId = actorId;
        Action = action;
        TargetType = targetType;
        TargetId = targetId;
        Reason = reason;
        Details = details;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public int ActorId { get; private set; }
    public string Action { get; private set; } = "";
    public string TargetType { get; private set; } = "";
    public string TargetId { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public string Details { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}

public static class AuditActions
{
    public const string Credit = "points.credit";
    public const string Debit = "points.debit";
    public const string Reverse = "points.reverse";
    public const string TierEdited = "tier.edit";
    public const string RulesEdited = "rules.edit";
    public const string ApiKeyCreated = "apikey.create";
    public const string ApiKeyRevoked = "apikey.revoke";
    public const string SalesImported = "sales.import";
    public const string ProductSaved = "product.save";
    public const string EarnRuleSaved = "earnrule.save";
    public const string RedemptionCancelled = "redemption.cancel";
    public const string RedemptionsSuspended = "member.suspend";
    public const string FulfilmentStep = "redemption.fulfil";
    public const string RewardImage = "reward.image";
    public const string PartnerSaved = "partner.save";
    public const string MemberSaved = "member.save";
    public const string MemberMoved = "member.move";
    public const string MemberDeactivated = "member.deactivate";
    public const string MemberReactivated = "member.reactivate";
    public const string MemberApproved = "member.approve";
    public const string MemberDeclined = "member.decline";
    public const string PeopleImported = "people.import";
    public const string InviteCreated = "invite.create";
    public const string InviteRevoked = "invite.revoke";
    public const string ReferralRulesEdited = "referral.rules";
    public const string SaleApproved = "sale.approve";
    public const string SaleRejected = "sale.reject";
    public const string GuardsEdited = "guards.edit";
    public const string ChallengeSaved = "challenge.save";
    public const string ChallengeMoved = "challenge.status";
    public const string ProofApproved = "proof.approve";
    public const string ProofRejected = "proof.reject";
    public const string ContestSaved = "contest.save";
    public const string ContestPublished = "contest.publish";
    public const string BroadcastScheduled = "broadcast.schedule";
    public const string BroadcastCancelled = "broadcast.cancel";
    public const string MailRetried = "mail.retry";
    public const string SharedPhonesAllowed = "store.sharedphones";
    public const string SharedPhoneRemoved = "sharedphone.remove";
}
