namespace LoyaltyArena.Core.Tiers;

/// <summary>A level of the program reached by points EARNED in the rolling window, never by the balance.</summary>
public sealed class Tier
{
    private Tier() { }

    public Tier(string name, int threshold, int multiplierPercent, string benefitsId, string benefitsEn, string color)
    {
        Set(name, threshold, multiplierPercent, benefitsId, benefitsEn, color);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>Qualifying points needed in the window.</summary>
    public int Threshold { get; private set; }

    /// <summary>100 = x1.00; 125 = x1.25 on every earn.</summary>
    public int MultiplierPercent { get; private set; } = 100;

    public string BenefitsId { get; private set; } = "";
    public string BenefitsEn { get; private set; } = "";

    /// <summary>Badge colour, "#rrggbb".</summary>
    public string Color { get; private set; } = "#8c6a43";

    public string Benefits(string language) => language == "en" && BenefitsEn.Length > 0 ? BenefitsEn : BenefitsId;

    public void Set(string name, int threshold, int multiplierPercent, string benefitsId, string benefitsEn, string color)
    {
        var problems = TierRules.Check(name, threshold, multiplierPercent, color);
        if (problems.Count > 0) throw new ArgumentException(string.Join(", ", problems));
        Name = name.Trim();
        Threshold = threshold;
        MultiplierPercent = multiplierPercent;
        BenefitsId = benefitsId.Trim();
        BenefitsEn = benefitsEn.Trim();
        Color = color;
    }
}

public static class TierRules
{
    /// <returns>Resource keys of what is wrong, empty when the tier is valid.</returns>
    public static IReadOnlyList<string> Check(string name, int threshold, int multiplierPercent, string color)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 40) problems.Add("Tier.NameRequired");
        if (threshold < 0) problems.Add("Tier.ThresholdNegative");
        if (multiplierPercent is < 100 or > 500) problems.Add("Tier.MultiplierRange");
        if (!System.Text.RegularExpressions.Regex.IsMatch(color ?? "", "^#[0-9a-fA-F]{6}$")) problems.Add("Tier.ColorFormat");
        return problems;
    }
}

/// <summary>A member's current tier and the qualifying points it was computed from.</summary>
public sealed class MemberTier
{
    private MemberTier() { }

    public MemberTier(int memberId, int tierId, int qualifyingPoints, DateTime changedAt)
    {
        MemberId = memberId;
        TierId = tierId;
        QualifyingPoints = qualifyingPoints;
        ChangedAt = changedAt;
    }

    public int MemberId { get; private set; }
    public int TierId { get; private set; }
    public int QualifyingPoints { get; private set; }
    public DateTime ChangedAt { get; private set; }

    public bool Move(int tierId, int qualifyingPoints, DateTime now)
    {
        QualifyingPoints = qualifyingPoints;
        if (tierId == TierId) return false;
        TierId = tierId;
        ChangedAt = now;
        return true;
    }
}
