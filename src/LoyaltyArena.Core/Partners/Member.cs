using Microsoft.AspNetCore.Identity;

namespace LoyaltyArena.Core.Partners;

/// <summary>A person who signs in: store staff, a partner owner, a marketer or an admin.</summary>
public sealed class Member : IdentityUser<int>
{
    private Member() { }

    /// <param name="email">Optional for store staff, who may only have a phone; the sign-in name is then the phone.</param>
    public Member(string displayName, string? email, string? phoneNumber, int partnerId, string referralCode, DateTime createdAt)
    {
        DisplayName = displayName;
        SetContact(email, phoneNumber);
        PartnerId = partnerId;
        ReferralCode = referralCode;
        CreatedAt = createdAt;
        SecurityStamp = Guid.NewGuid().ToString("N");
        LockoutEnabled = true;
    }

    public string DisplayName { get; private set; } = "";
    public int PartnerId { get; private set; }
    public Partner? Partner { get; private set; }

    /// <summary>"id" or "en": the language of the member's pages and emails.</summary>
    public string Language { get; private set; } = "id";

    public string ReferralCode { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>Set by an admin when redemptions look abused; the member can still earn.</summary>
    public string? RedemptionsSuspended { get; private set; }

    /// <summary>The hashed 4-6 digit PIN for switching to this member on a store's shared phone; never a way to sign in.</summary>
    public string? PinHash { get; private set; }

    public void SetPinHash(string hash) => PinHash = hash;

    public void ChooseLanguage(string language) => Language = Languages.Normalize(language);

    /// <summary>The reward the member is saving for; Home shows the way to it.</summary>
    public int? WishRewardId { get; private set; }

    public void Wish(int? rewardId) => WishRewardId = rewardId;

    public void SuspendRedemptions(string? reason) => RedemptionsSuspended = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    /// <summary>Set once deactivated: the member cannot sign in, and keeps their ledger for a later reactivation.</summary>
    public DateTime? DeactivatedAt { get; private set; }

    public bool IsActive => DeactivatedAt is null;

    /// <summary>Staff who join through an open link or a referral wait for their store owner.</summary>
    public MemberApproval Approval { get; private set; } = MemberApproval.Approved;

    /// <summary>The member who referred this one, if any.</summary>
    public int? ReferredById { get; private set; }

    /// <summary>When the member finished or skipped the first-run screens.</summary>
    public DateTime? OnboardedAt { get; private set; }

    public DateTime? LastSignInAt { get; private set; }

    /// <summary>On boards others see "Staf {store} #n" instead of the name.</summary>
    public bool BoardAnonymous { get; private set; }

    public void ShowOnBoards(bool anonymous) => BoardAnonymous = anonymous;

    /// <summary>Whether the member may sign in now.</summary>
    public bool CanSignIn => IsActive && Approval == MemberApproval.Approved;

    public void Rename(string displayName) => DisplayName = displayName.Trim();

    public void SetContact(string? email, string? phoneNumber)
    {
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        NormalizedEmail = Email?.ToUpperInvariant();
        PhoneNumber = string.IsNullOrWhiteSpace(phoneNumber) ? null : PhoneNumbers.Normalize(phoneNumber);
        UserName = Email ?? PhoneNumber;
        NormalizedUserName = UserName?.ToUpperInvariant();
    }

    public void MoveTo(int partnerId) => PartnerId = partnerId;

    public void Deactivate(DateTime at) => DeactivatedAt ??= at;

    public void Reactivate() => DeactivatedAt = null;

    public void AwaitApproval(int? referredById)
    {
        Approval = MemberApproval.Pending;
        ReferredById = referredById;
    }

    public void JoinedBy(int? referredById) => ReferredById = referredById;

    public void Approve() => Approval = MemberApproval.Approved;

    public void Decline() => Approval = MemberApproval.Declined;

    public void Onboarded(DateTime at) => OnboardedAt ??= at;

    public void SignedIn(DateTime at) => LastSignInAt = at;
}

public enum MemberApproval
{
    Approved,
    Pending,
    Declined,
}

public static class Languages
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static string Normalize(string? language) =>
        string.Equals(language, English, StringComparison.OrdinalIgnoreCase) ? English : Indonesian;
}
