using LoyaltyArena.Core.Common;

namespace LoyaltyArena.Core.Leaderboards;

public enum LeaderboardPeriod
{
    Week,
    Month,
    AllTime,
}

public static class LeaderboardPeriods
{
    public const string AllTimeKey = "all";

    public static string KeyFor(LeaderboardPeriod period, DateTime utc, ProgramCalendar calendar) => period switch
    {
        LeaderboardPeriod.Week => calendar.WeekKey(utc),
        LeaderboardPeriod.Month => calendar.MonthKey(utc),
        _ => AllTimeKey,
    };

    /// <summary>The period, or with <paramref name="past"/> the one before it ("minggu lalu", "bulan lalu"); all time has no past.</summary>
    public static string KeyFor(LeaderboardPeriod period, DateTime utc, ProgramCalendar calendar, bool past)
    {
        if (!past) return KeyFor(period, utc, calendar);
        return period switch
        {
            LeaderboardPeriod.Week => calendar.WeekKey(utc.AddDays(-7)),
            LeaderboardPeriod.Month => calendar.ToLocal(utc) is var local
                ? new DateTime(local.Year, local.Month, 1).AddDays(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : AllTimeKey,
            _ => AllTimeKey,
        };
    }

    /// <summary>"week", "month", "all" (and the enum's own names) as a period; anything else is this week.</summary>
    public static LeaderboardPeriod Parse(string? text) => text?.ToLowerInvariant() switch
    {
        "month" => LeaderboardPeriod.Month,
        "all" or "alltime" => LeaderboardPeriod.AllTime,
        _ => LeaderboardPeriod.Week,
    };

    public static string Name(LeaderboardPeriod period) => period switch
    {
        LeaderboardPeriod.Month => "month",
        LeaderboardPeriod.AllTime => "all",
        _ => "week",
    };

    /// <summary>Every period an entry made at <paramref name="utc"/> counts in.</summary>
    public static IEnumerable<string> KeysFor(DateTime utc, ProgramCalendar calendar) =>
        Enum.GetValues<LeaderboardPeriod>().Select(p => KeyFor(p, utc, calendar));
}
