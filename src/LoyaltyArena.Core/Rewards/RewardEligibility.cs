using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.Core.Rewards;

public enum LimitPeriod
{
    Day,
    Week,
    Month,
    Ever,
}

/// <summary>Who may take a reward, and when; everything needed to decide, as plain values.</summary>
public sealed record RewardTerms(int? MinTierThreshold, string? MinTierName, PartnerKind? TargetPartnerKind, string? TargetRegion, DateTime? AvailableFrom, DateTime? AvailableUntil, int? LimitPerMember, LimitPeriod LimitPeriod)
{
    public static RewardTerms Of(Reward reward, int? minTierThreshold, string? minTierName) =>
        new(minTierThreshold, minTierName, reward.TargetPartnerKind, reward.TargetRegion, reward.AvailableFrom, reward.AvailableUntil, reward.LimitPerMember, reward.LimitPeriod);
}

public sealed record MemberStanding(int TierThreshold, PartnerKind StoreKind, string Region, bool Suspended);

public enum Visibility
{
    Open,
    TierLocked,
    Hidden,
}

/// <summary>The rules of taking a reward, in the order a member would want them explained.</summary>
public static class RewardEligibility
{
    /// <summary>Members per hour may redeem at most this many times: a stolen phone cannot drain a wallet in a minute.</summary>
    public const int MaxPerHour = 5;

    public static Visibility See(RewardTerms terms, MemberStanding member, DateTime nowUtc)
    {
        if (terms.TargetPartnerKind is { } kind && kind != member.StoreKind) return Visibility.Hidden;
        if (terms.TargetRegion is { } region && !string.Equals(region, member.Region, StringComparison.OrdinalIgnoreCase)) return Visibility.Hidden;
        if (terms.AvailableFrom is { } from && nowUtc < from) return Visibility.Hidden;
        if (terms.AvailableUntil is { } until && nowUtc >= until) return Visibility.Hidden;
        return terms.MinTierThreshold is { } needed && member.TierThreshold < needed ? Visibility.TierLocked : Visibility.Open;
    }

    /// <summary>Checks that need no counting; null when the member may try.</summary>
    public static RedeemStatus? Before(RewardTerms terms, MemberStanding member, DateTime nowUtc)
    {
        if (member.Suspended) return RedeemStatus.Suspended;
        return See(terms, member, nowUtc) switch
        {
            Visibility.Hidden => RedeemStatus.NotAvailable,
            Visibility.TierLocked => RedeemStatus.TierLocked,
            _ => null,
        };
    }

    /// <summary>Checks that count earlier redemptions; run after the wallet is locked so two requests cannot both pass.</summary>
    public static RedeemStatus? Counted(RewardTerms terms, int takenInPeriod, int redemptionsLastHour)
    {
        if (terms.LimitPerMember is { } limit && takenInPeriod >= limit) return RedeemStatus.LimitReached;
        if (redemptionsLastHour >= MaxPerHour) return RedeemStatus.TooFast;
        return null;
    }

    /// <summary>The start of the current limit period in the program's time zone.</summary>
    public static DateTime PeriodStart(LimitPeriod period, DateTime nowUtc, Common.ProgramCalendar calendar)
    {
        var local = calendar.ToLocal(nowUtc).Date;
        var start = period switch
        {
            LimitPeriod.Day => local,
            LimitPeriod.Week => local.AddDays(-(((int)local.DayOfWeek + 6) % 7)),
            LimitPeriod.Month => new DateTime(local.Year, local.Month, 1),
            _ => DateTime.MinValue,
        };
        return start == DateTime.MinValue ? DateTime.MinValue : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(start, DateTimeKind.Unspecified), calendar.Zone);
    }
}
