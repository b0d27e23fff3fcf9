namespace LoyaltyArena.Core.Referrals;

/// <summary>A sign-up as the referral rules see it.</summary>
public sealed record SignupFacts(
    string? RefereeEmail, string RefereePhone, string? ReferrerEmail, string? ReferrerPhone,
    bool ReferrerSignedInHere, int RecentSignupsFromSameSource);

/// <summary>The referral program's rules, free of storage: who may be paid for bringing whom.</summary>
public static class ReferralPolicy
{
    /// <summary>More sign-ups than this from one device or address within <see cref="SourceWindow"/> look like a farm.</summary>
    public const int SignupsPerSource = 3;

    public static readonly TimeSpan SourceWindow = TimeSpan.FromHours(24);

    public const string SelfReferral = "Referral.Refused.SelfReferral";
    public const string SameSource = "Referral.Refused.SameSource";
    public const string Declined = "Referral.Refused.Declined";

    /// <summary>Why this sign-up earns no referral bonus, or null when it may.</summary>
    public static string? RefusalFor(SignupFacts facts)
    {
        if (facts.ReferrerSignedInHere) return SelfReferral;
        if (facts.ReferrerPhone is not null && facts.ReferrerPhone == facts.RefereePhone) return SelfReferral;
        if (facts.RefereeEmail is not null && facts.ReferrerEmail is not null && CanonicalEmail(facts.RefereeEmail) == CanonicalEmail(facts.ReferrerEmail))
            return SelfReferral;
        if (facts.RecentSignupsFromSameSource >= SignupsPerSource) return SameSource;
        return null;
    }

    /// <summary>
    /// One mailbox however it is written: case, a "+tag", and the dots Gmail ignores ("s.ari+2@gmail.com" is
    /// "sari@gmail.com").
    /// </summary>
    public static string CanonicalEmail(string email)
    {
        var at = email.Trim().LastIndexOf('@');
        if (at <= 0) return email.Trim().ToUpperInvariant();
        var local = email.Trim()[..at];
        var domain = email.Trim()[(at + 1)..].ToUpperInvariant();
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0) local = local[..plus];
        if (domain is "GMAIL.COM" or "GOOGLEMAIL.COM") local = local.Replace(".", "", StringComparison.Ordinal);
        return $"{local.ToUpperInvariant()}@{domain}";
    }

    /// <summary>Whether one more referrer bonus fits in the month's cap.</summary>
    public static bool WithinCap(int paidThisMonth, int monthlyCap) => paidThisMonth < monthlyCap;
}
