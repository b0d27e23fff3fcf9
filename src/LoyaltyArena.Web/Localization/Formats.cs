using System.Globalization;
using LoyaltyArena.Core.Common;

namespace LoyaltyArena.Web.Localization;

/// <summary>Numbers, rupiah and times in the reader's culture and the program's time zone.</summary>
public sealed class Formats(ProgramCalendar calendar, Microsoft.Extensions.Options.IOptions<ProgramSettings> program, TimeProvider clock)
{
    /// <summary>"+6281377770001" as people read it: "+62 813-7777-0001".</summary>
    public static string Phone(string? phone)
    {
        if (phone is not { Length: >= 9 } || !phone.StartsWith("+62", StringComparison.Ordinal)) return phone ?? "";
        var rest = phone[3..];
        return rest.Length <= 7 ? $"+62 {rest}" : $"+62 {rest[..3]}-{rest[3..7]}-{rest[7..]}";
    }

    public string Points(int points) => points.ToString("N0", CultureInfo.CurrentCulture);

    public string SignedPoints(int points) => (points > 0 ? "+" : points < 0 ? "−" : "") + Math.Abs(points).ToString("N0", CultureInfo.CurrentCulture);

    public string Rupiah(long amount) => "Rp" + amount.ToString("N0", CultureInfo.GetCultureInfo(program.Value.Locale));

    public string PointsInRupiah(int points) => Rupiah((long)points * program.Value.PointValue);

    public string DateTime(DateTime utc) => calendar.ToLocal(utc).ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    /// <summary>The value of a datetime-local field: the program's local time.</summary>
    public string LocalInput(DateTime utc) => calendar.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public string Date(DateTime utc) => calendar.ToLocal(utc).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public string Multiplier(int percent) => "x" + (percent / 100m).ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>Time left until <paramref name="deadlineUtc"/> as m:ss; the page script keeps it ticking.</summary>
    public string Countdown(DateTime deadlineUtc)
    {
        var left = TimeSpan.FromSeconds(Math.Max(0, Math.Round((deadlineUtc - clock.GetUtcNow().UtcDateTime).TotalSeconds)));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalMinutes}:{left.Seconds:00}");
    }

    public string Iso(DateTime utc) => System.DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
