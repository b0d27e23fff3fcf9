using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.Core.Sales;

/// <summary>Something partners sell, identified by the brand's SKU.</summary>
public sealed class Product
{
    private Product() { }

    public Product(string sku, string name, string category)
    {
        Sku = sku.Trim().ToUpperInvariant();
        Name = name.Trim();
        Category = category.Trim();
    }

    public int Id { get; private set; }
    public string Sku { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Category { get; private set; } = "";
}

/// <summary>
/// "Every <see cref="StepQuantity"/> units earn <see cref="PointsPerStep"/> points", optionally capped per
/// sale, limited to a window and to a segment (partner type, region).
/// </summary>
public sealed class EarnRule
{
    private EarnRule() { }

    public EarnRule(int productId, int stepQuantity, int pointsPerStep, int? capPerSale, DateTime? validFrom, DateTime? validUntil, PartnerKind? partnerKind, string? region)
    {
        var problems = EarnRules.Check(stepQuantity, pointsPerStep, capPerSale, validFrom, validUntil);
        if (problems.Count > 0) throw new ArgumentException(string.Join(", ", problems));
        ProductId = productId;
        StepQuantity = stepQuantity;
        PointsPerStep = pointsPerStep;
        CapPerSale = capPerSale;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        PartnerKind = partnerKind;
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        Active = true;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public Product? Product { get; private set; }
    public int StepQuantity { get; private set; }
    public int PointsPerStep { get; private set; }
    public int? CapPerSale { get; private set; }
    public DateTime? ValidFrom { get; private set; }
    public DateTime? ValidUntil { get; private set; }
    public PartnerKind? PartnerKind { get; private set; }
    public string? Region { get; private set; }
    public bool Active { get; private set; }

    public void SetActive(bool active) => Active = active;

    public RuleTerms Terms => new(Id, StepQuantity, PointsPerStep, CapPerSale, ValidFrom, ValidUntil, PartnerKind, Region, Active);
}

public sealed record RuleTerms(int Id, int StepQuantity, int PointsPerStep, int? CapPerSale, DateTime? ValidFrom, DateTime? ValidUntil, PartnerKind? PartnerKind, string? Region, bool Active);

/// <summary>The arithmetic of purchase earn rules: plain values in, points out.</summary>
public static class EarnRules
{
    public static IReadOnlyList<string> Check(int stepQuantity, int pointsPerStep, int? capPerSale, DateTime? validFrom, DateTime? validUntil)
    {
        var problems = new List<string>();
        if (stepQuantity is < 1 or > 100_000) problems.Add("Rule.StepRange");
        if (pointsPerStep is < 1 or > 1_000_000) problems.Add("Rule.PointsRange");
        if (capPerSale is < 1) problems.Add("Rule.CapRange");
        if (validFrom is not null && validUntil is not null && validUntil <= validFrom) problems.Add("Rule.WindowOrder");
        return problems;
    }

    /// <summary>Whole steps only: 25 cartons at "every 10 = 1,000" earn 2,000, capped per sale when a cap is set.</summary>
    public static int Points(RuleTerms rule, int quantity)
    {
        if (quantity <= 0) return 0;
        var points = (long)(quantity / rule.StepQuantity) * rule.PointsPerStep;
        if (rule.CapPerSale is { } cap) points = Math.Min(points, cap);
        return (int)Math.Min(points, int.MaxValue);
    }

    public static bool Applies(RuleTerms rule, DateTime soldAt, PartnerKind storeKind, string region) =>
        rule.Active
        && (rule.ValidFrom is null || soldAt >= rule.ValidFrom)
        && (rule.ValidUntil is null || soldAt < rule.ValidUntil)
        && (rule.PartnerKind is null || rule.PartnerKind == storeKind)
        && (rule.Region is null || string.Equals(rule.Region, region, StringComparison.OrdinalIgnoreCase));

    /// <summary>Rules do not stack: the sale earns by the one rule that pays it most.</summary>
    public static (RuleTerms? Rule, int Points) Best(IEnumerable<RuleTerms> rules, int quantity, DateTime soldAt, PartnerKind storeKind, string region) =>
        rules.Where(r => Applies(r, soldAt, storeKind, region))
            .Select(r => ((RuleTerms?)r, Points(r, quantity)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1!.Id)
            .FirstOrDefault();
}
