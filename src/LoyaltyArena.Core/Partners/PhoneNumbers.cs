namespace LoyaltyArena.Core.Partners;

/// <summary>Indonesian mobile numbers in one shape: "0812-3456 789", "+62 812 3456789" and "628123456789" are the same phone.</summary>
public static class PhoneNumbers
{
    public static string Normalize(string input)
    {
        var digits = new string(input.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith('0')) return "62" + digits[1..];
        if (digits.StartsWith('8')) return "62" + digits;
        return digits;
    }

    public static bool LooksLikePhone(string input) =>
        !input.Contains('@') && input.Count(char.IsAsciiDigit) >= 8 &&
        input.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')');
}
