namespace LoyaltyArena.Core.Common;

/// <summary>The program's economy settings that marketers change in Studio (one row).</summary>
public sealed class ProgramRules
{
    public const int SingletonId = 1;

    private ProgramRules() { }

    public int Id { get; private set; } = SingletonId;

    /// <summary>Tiers follow the points earned in this many months before today.</summary>
    public int TierWindowMonths { get; private set; } = 12;

    /// <summary>Earned points expire this many months after they were earned, oldest first.</summary>
    public int ExpiryMonths { get; private set; } = 12;

    /// <summary>Rupiah value of rewards that may be redeemed per program month; null is no budget.</summary>
    public long? MonthlyBudgetIdr { get; private set; }

    public void SetBudget(long? budget)
    {
        if (budget is < 0) throw new ArgumentOutOfRangeException(nameof(budget));
        MonthlyBudgetIdr = budget;
    }

    public static IReadOnlyList<string> Check(int tierWindowMonths, int expiryMonths)
    {
        var problems = new List<string>();
        if (tierWindowMonths is < 1 or > 36) problems.Add("Rules.WindowRange");
        if (expiryMonths is < 1 or > 60) problems.Add("Rules.ExpiryRange");
        return problems;
    }

    public void Change(int tierWindowMonths, int expiryMonths)
    {
        if (Check(tierWindowMonths, expiryMonths).Count > 0) throw new ArgumentException("Program rules out of range.");
        TierWindowMonths = tierWindowMonths;
        ExpiryMonths = expiryMonths;
    }
}
