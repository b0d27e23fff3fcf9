using System.Globalization;

namespace LoyaltyArena.Core.Common;

/// <summary>
/// Day, week and month boundaries in the program's time zone. Weeks start on Monday (ISO 8601),
/// so a sale at 23:30 UTC on a Sunday already belongs to Monday's week in Jakarta.
/// </summary>
public sealed class ProgramCalendar(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public static ProgramCalendar For(string timeZoneId) => new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public string WeekKey(DateTime utc)
    {
        var local = ToLocal(utc);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    public string MonthKey(DateTime utc) => ToLocal(utc).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant at which the program-local week containing <paramref name="utc"/> starts.</summary>
    public DateTime WeekStartUtc(DateTime utc)
    {
        var local = ToLocal(utc).Date;
        var daysSinceMonday = ((int)local.DayOfWeek + 6) % 7;
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local.AddDays(-daysSinceMonday), DateTimeKind.Unspecified), Zone);
    }

    /// <summary>Midnight of a day in the program's time zone, as UTC.</summary>
    public DateTime? StartOfDayUtc(DateOnly? day) =>
        day is { } d ? TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone) : null;

    /// <summary>A date a program could mean (years 2000-2100); 9999-12-31 and 0001-01-01 are typing accidents, and the edge of the calendar.</summary>
    public static bool IsSensible(DateOnly? day) => day is null || day.Value.Year is >= 2000 and <= 2100;
}
