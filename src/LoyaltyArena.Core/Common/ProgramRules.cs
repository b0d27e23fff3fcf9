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

    /// <summary>Points for a referred member once their owner approves them.</summary>
    public int ReferralWelcomePoints { get; private set; } = 100;

    /// <summary>Points for the referrer once the new member does the qualifying action.</summary>
    public int ReferralBonusPoints { get; private set; } = 300;

    /// <summary>Referrer bonuses per referrer per program month.</summary>
    public int ReferralMonthlyCap { get; private set; } = 10;

    public Referrals.ReferralQualifier ReferralQualifier { get; private set; } = Referrals.ReferralQualifier.FirstTrainingPassed;

    public const int MaxReferralPoints = 100_000;

    /// <summary>Units on one sale line above which its points wait for review (null: no limit).</summary>
    public int? MaxUnitsPerSaleLine { get; private set; } = 1_000;

    /// <summary>Rupiah of sales per member per program day above which further sales wait for review (null: no limit).</summary>
    public long? MaxSalesValuePerMemberDayIdr { get; private set; }

    /// <summary>Points a member may earn per program day from sales before further sales wait for review (null: no limit).</summary>
    public int? MaxPointsPerMemberDay { get; private set; } = 50_000;

    /// <summary>Points a member may get per program day from challenges; a completion beyond it pays what is left (null: no limit).</summary>
    public int? MaxChallengePointsPerMemberDay { get; private set; } = 10_000;

    public EarningLimits Limits => new(MaxUnitsPerSaleLine, MaxSalesValuePerMemberDayIdr, MaxPointsPerMemberDay, MaxChallengePointsPerMemberDay);

    public static IReadOnlyList<string> CheckGuards(EarningLimits limits)
    {
        var problems = new List<string>();
        if (limits.UnitsPerLine is < 1 or > 1_000_000) problems.Add("Rules.UnitsRange");
        if (limits.SalesValuePerDay is < 1 or > 100_000_000_000) problems.Add("Rules.SalesValueRange");
        if (limits.PointsPerDay is < 1 or > 10_000_000) problems.Add("Rules.PointsPerDayRange");
        if (limits.ChallengePointsPerDay is < 1 or > 10_000_000) problems.Add("Rules.ChallengePointsPerDayRange");
        return problems;
    }

    public void ChangeGuards(EarningLimits limits)
    {
        if (CheckGuards(limits).Count > 0) throw new ArgumentException("Guards out of range.");
        (MaxUnitsPerSaleLine, MaxSalesValuePerMemberDayIdr, MaxPointsPerMemberDay, MaxChallengePointsPerMemberDay) =
            (limits.UnitsPerLine, limits.SalesValuePerDay, limits.PointsPerDay, limits.ChallengePointsPerDay);
    }

    public static IReadOnlyList<string> CheckReferrals(int welcomePoints, int bonusPoints, int monthlyCap)
    {
        var problems = new List<string>();
        if (welcomePoints is < 0 or > MaxReferralPoints || bonusPoints is < 0 or > MaxReferralPoints) problems.Add("Rules.ReferralPointsRange");
        if (monthlyCap is < 0 or > 1_000) problems.Add("Rules.ReferralCapRange");
        return problems;
    }

    public void ChangeReferrals(int welcomePoints, int bonusPoints, int monthlyCap, Referrals.ReferralQualifier qualifier)
    {
        if (CheckReferrals(welcomePoints, bonusPoints, monthlyCap).Count > 0 || !Enum.IsDefined(qualifier)) throw new ArgumentException("Referral rules out of range.");
        ReferralWelcomePoints = welcomePoints;
        ReferralBonusPoints = bonusPoints;
        ReferralMonthlyCap = monthlyCap;
        ReferralQualifier = qualifier;
    }

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

/// <summary>Program-wide limits on earning; null is no limit.</summary>
public sealed record EarningLimits(int? UnitsPerLine, long? SalesValuePerDay, int? PointsPerDay, int? ChallengePointsPerDay)
{
    public override string ToString()
    {
        static string Show<T>(T? value) where T : struct => value?.ToString() ?? "none";
        return $"units/line {Show(UnitsPerLine)}, sales/day {Show(SalesValuePerDay)}, points/day {Show(PointsPerDay)}, challenge points/day {Show(ChallengePointsPerDay)}";
    }
}
