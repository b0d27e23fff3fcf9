namespace LoyaltyArena.Core.Referrals;

/// <summary>
/// A link (and its QR code) that lets people join one store. An owner's or a marketer's invite; whoever joins
/// through an open invite waits for the store owner's approval unless the invite says otherwise.
/// </summary>
public sealed class Invitation
{
    public const int CodeLength = 10;

    private Invitation() { }

    public Invitation(string code, int partnerId, int createdById, bool needsApproval, DateTime createdAt, DateTime expiresAt)
    {
        Code = code;
        PartnerId = partnerId;
        CreatedById = createdById;
        NeedsApproval = needsApproval;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public int PartnerId { get; private set; }
    public int CreatedById { get; private set; }
    public bool NeedsApproval { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public int Joined { get; private set; }

    public InvitationState StateAt(DateTime now) =>
        RevokedAt is not null ? InvitationState.Revoked : now >= ExpiresAt ? InvitationState.Expired : InvitationState.Open;

    public void Revoke(DateTime at) => RevokedAt ??= at;
}

public enum InvitationState
{
    Open,
    Expired,
    Revoked,
}
