namespace LoyaltyArena.Core.Challenges;

public sealed record StreakView(int Current, int Best, bool ActiveToday);

/// <summary>
/// Days in a row with some earning activity, counted in the program's time zone. A streak still stands today while
/// yesterday counted: it breaks only when a whole day passes without activity.
/// </summary>
public static class Streak
{
    /// <summary>The program-calendar days of some instants: 23:59 and 00:01 in Jakarta are two days even on one UTC date.</summary>
    public static IReadOnlyList<DateOnly> DaysOf(IEnumerable<DateTime> utcTimes, Common.ProgramCalendar calendar) =>
        utcTimes.Select(t => DateOnly.FromDateTime(calendar.ToLocal(t))).Distinct().ToList();

    public static StreakView Of(IEnumerable<DateOnly> activeDays, DateOnly today)
    {
        var days = activeDays.Where(d => d <= today).Distinct().OrderBy(d => d).ToList();
        int best = 0, run = 0;
        DateOnly? previous = null;
        foreach (var day in days)
        {
            run = previous is { } p && p.AddDays(1) == day ? run + 1 : 1;
            best = Math.Max(best, run);
            previous = day;
        }
        var activeToday = days.Count > 0 && days[^1] == today;
        var current = days.Count > 0 && (days[^1] == today || days[^1] == today.AddDays(-1)) ? run : 0;
        return new StreakView(current, best, activeToday);
    }
}
