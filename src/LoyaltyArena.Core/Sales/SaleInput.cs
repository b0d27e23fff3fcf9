using System.Text.RegularExpressions;

namespace LoyaltyArena.Core.Sales;

/// <summary>One sale as the brand's systems describe it; <see cref="MemberRef"/> is an email, phone number or member code.</summary>
public sealed record SaleInput(string? ExternalId, string? MemberRef, string? Sku, int? Quantity, long? Amount, DateTime? SoldAt);

/// <summary>What makes a sale well-formed. Each problem is a field name and a resource key.</summary>
public static partial class SaleChecks
{
    public const int MaxQuantity = 100_000;

    /// <summary>
    /// One sale never earns more (Rp10 million of rewards at the default point value): a bigger one is a typo or
    /// abuse, and refusing it keeps every wallet far from the limits of its counters.
    /// </summary>
    public const int MaxPointsPerSale = 1_000_000;

    /// <summary>The problem of a field whose value differs from the sale stored under the same external id.</summary>
    public const string DiffersFromStored = "Sale.DiffersFromStored";

    public static IReadOnlyList<(string Field, string Key)> Check(SaleInput sale, DateTime nowUtc)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(sale.ExternalId)) problems.Add(("externalId", "Sale.ExternalIdRequired"));
        else if (!ExternalIdPattern().IsMatch(sale.ExternalId)) problems.Add(("externalId", "Sale.ExternalIdFormat"));
        if (string.IsNullOrWhiteSpace(sale.MemberRef)) problems.Add(("member", "Sale.MemberRequired"));
        if (string.IsNullOrWhiteSpace(sale.Sku)) problems.Add(("sku", "Sale.SkuRequired"));
        if (sale.Quantity is null) problems.Add(("quantity", "Sale.QuantityRequired"));
        else if (sale.Quantity is < 1 or > MaxQuantity) problems.Add(("quantity", "Sale.QuantityRange"));
        if (sale.Amount is < 0) problems.Add(("amount", "Sale.AmountNegative"));
        if (sale.SoldAt is null) problems.Add(("soldAt", "Sale.SoldAtRequired"));
        else if (sale.SoldAt > nowUtc.AddMinutes(5)) problems.Add(("soldAt", "Sale.SoldAtFuture"));
        else if (sale.SoldAt < nowUtc.AddYears(-1)) problems.Add(("soldAt", "Sale.SoldAtTooOld"));
        return problems;
    }

    [GeneratedRegex("^[A-Za-z0-9._:/-]{1,64}$")]
    private static partial Regex ExternalIdPattern();
}
