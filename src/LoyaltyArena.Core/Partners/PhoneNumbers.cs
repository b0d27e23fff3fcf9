namespace LoyaltyArena.Core.Partners;

/// <summary>
/// Indonesian mobile numbers in one shape, +62…: "0812-3456 789", "+62 812 3456789", "628123456789" and
/// "8123456789" are the same phone.
/// </summary>
public static class PhoneNumbers
{
    public static string Normalize(string input)
    {
        var digits = new string(input.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith('0')) digits = "62" + digits[1..];
        else if (digits.StartsWith('8')) digits = "62" + digits;
        return digits.Length == 0 ? "" : "+" + digits;
    }

    /// <summary>An Indonesian mobile number: +62 8, then 7 to 11 more digits.</summary>
    public static bool IsValid(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || !LooksLikePhone(input)) return false;
        var phone = Normalize(input);
        return phone.StartsWith("+628", StringComparison.Ordinal) && phone.Length is >= 12 and <= 16;
    }

    public static bool LooksLikePhone(string input) =>
        !input.Contains('@') && input.Count(char.IsAsciiDigit) >= 8 &&
        input.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')' or '.');

    /// <summary>The number as wa.me wants it: digits only, country code first.</summary>
    public static string ForWhatsApp(string phone) => Normalize(phone).TrimStart('+');
}
