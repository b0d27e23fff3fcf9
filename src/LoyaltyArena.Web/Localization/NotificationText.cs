using System.Globalization;

namespace LoyaltyArena.Web.Localization;

/// <summary>Notification arguments are stored culture-free (numbers, ISO dates) and shown in the reader's culture.</summary>
public static class NotificationText
{
    public static string Arg(string value, Formats formats)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return formats.Points(number);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
        return value;
    }
}
