using System.Globalization;

namespace LoyaltyArena.Web.Localization;

/// <summary>Notification arguments are stored culture-free (numbers, ISO dates) and shown in the reader's culture.</summary>
public static class NotificationText
{
    /// <summary>Prefixes of arguments that are themselves resource keys (a badge's name), shown in the reader's language.</summary>
    private static readonly string[] KeyPrefixes = ["Badge."];

    public static string Arg(string value, Formats formats, Microsoft.Extensions.Localization.IStringLocalizer? text = null)
    {
        if (text is not null && KeyPrefixes.Any(p => value.StartsWith(p, StringComparison.Ordinal))) return text[value];
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return formats.Points(number);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
        return value;
    }
}
