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

    /// <summary>Every period an entry made at <paramref name="utc"/> counts in.</summary>
    public static IEnumerable<string> KeysFor(DateTime utc, ProgramCalendar calendar) =>
        Enum.GetValues<LeaderboardPeriod>().Select(p => KeyFor(p, utc, calendar));
}
