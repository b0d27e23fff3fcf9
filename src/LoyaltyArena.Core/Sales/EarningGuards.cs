namespace LoyaltyArena.Core.Sales;

/// <summary>What a sale looks like to the guards: its line, and what the member already had that day.</summary>
public sealed record SaleFacts(int Quantity, long AmountIdr, int Points, long SalesValueThatDayIdr, int PointsEarnedToday);

/// <summary>
/// Program-wide limits on earning, set in Studio. A sale over a limit is still recorded, but its points wait for a
/// person to look at it: a typo of 100000 units earns nothing until someone approves it.
/// </summary>
public static class EarningGuards
{
    public const string UnitsPerLine = "Guard.UnitsPerLine";
    public const string SalesValuePerDay = "Guard.SalesValuePerDay";
    public const string PointsPerDay = "Guard.PointsPerDay";

    /// <summary>The resource key of the first limit this sale goes over, or null when its points may be paid at once.</summary>
    public static string? HoldReason(Common.ProgramRules rules, SaleFacts sale)
    {
        if (rules.MaxUnitsPerSaleLine is { } units && sale.Quantity > units) return UnitsPerLine;
        if (rules.MaxSalesValuePerMemberDayIdr is { } value && sale.SalesValueThatDayIdr + sale.AmountIdr > value) return SalesValuePerDay;
        if (rules.MaxPointsPerMemberDay is { } points && sale.Points > 0 && sale.PointsEarnedToday + sale.Points > points) return PointsPerDay;
        return null;
    }
}

public enum SaleReview
{
    /// <summary>Within every limit: its points were paid when it arrived.</summary>
    None,

    /// <summary>Over a limit: recorded, its points wait for a reviewer.</summary>
    Held,

    Approved,
    Rejected,
}
