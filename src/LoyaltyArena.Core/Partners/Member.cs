using Microsoft.AspNetCore.Identity;

namespace LoyaltyArena.Core.Partners;

/// <summary>A person who signs in: store staff, a partner owner, a marketer or an admin.</summary>
public sealed class Member : IdentityUser<int>
{
    private Member() { }

    public Member(string displayName, string email, string? phoneNumber, int partnerId, string referralCode, DateTime createdAt)
    {
        DisplayName = displayName;
        Email = email;
        UserName = email;
        PhoneNumber = phoneNumber is null ? null : PhoneNumbers.Normalize(phoneNumber);
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

    public void ChooseLanguage(string language) => Language = Languages.Normalize(language);

    /// <summary>The reward the member is saving for; Home shows the way to it.</summary>
    public int? WishRewardId { get; private set; }

    public void Wish(int? rewardId) => WishRewardId = rewardId;

    public void SuspendRedemptions(string? reason) => RedemptionsSuspended = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}

public static class Languages
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static string Normalize(string? language) =>
        string.Equals(language, English, StringComparison.OrdinalIgnoreCase) ? English : Indonesian;
}
