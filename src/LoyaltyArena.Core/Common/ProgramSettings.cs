namespace LoyaltyArena.Core.Common;

/// <summary>Branding, money and time settings of the running loyalty program (configuration section "Program").</summary>
public sealed class ProgramSettings
{
    public const string Section = "Program";

    public string Name { get; set; } = "LoyaltyArena";

    /// <summary>The program's main colour ("#0b5d4b"): email headers and buttons carry it.</summary>
    public string Colour { get; set; } = "#0b5d4b";
    public string Locale { get; set; } = "id-ID";
    public string TimeZone { get; set; } = "Asia/Jakarta";
    public string Currency { get; set; } = "IDR";

    /// <summary>
    /// The site's address as members reach it (https://arena.example.co.id), for links in emails. Set it in production:
    /// without it the links take the request's host, which only AllowedHosts keeps honest.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>What one point is worth in the program currency.</summary>
    public int PointValue { get; set; } = 10;
}
