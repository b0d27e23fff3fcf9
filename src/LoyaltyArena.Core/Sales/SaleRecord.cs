namespace LoyaltyArena.Core.Sales;

/// <summary>
/// A sale reported by the brand's systems. Its external id is unique within its scope (each API client has
/// its own, CSV imports share one): the same sale counts once, and two distributors' invoice 1001 are two sales.
/// </summary>
public sealed class SaleRecord
{
    private SaleRecord() { }

    public long Id { get; private set; }
    public string Scope { get; private set; } = "";
    public string ExternalId { get; private set; } = "";
    public int MemberId { get; private set; }
    public int ProductId { get; private set; }
    public int Quantity { get; private set; }
    public long AmountIdr { get; private set; }
    public DateTime SoldAt { get; private set; }
    public int Points { get; private set; }
    public int? EarnRuleId { get; private set; }
    public string Source { get; private set; } = "";
    public int? ApiClientId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Whether the sale's points were held by a limit and what a reviewer decided.</summary>
    public SaleReview Review { get; private set; }

    /// <summary>The limit that held it ("Guard.UnitsPerLine"...).</summary>
    public string? HeldReason { get; private set; }

    /// <summary>Points the sale earns once approved (paid ones are in <see cref="Points"/>).</summary>
    public int HeldPoints { get; private set; }

    public int? ReviewedBy { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewNote { get; private set; }
}

public static class SaleSources
{
    public const string Api = "api";
    public const string Csv = "csv";
}
