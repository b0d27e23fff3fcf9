using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Sales;

namespace LoyaltyArena.UnitTests.Sales;

public class EarningGuardsTests
{
    private static readonly LoyaltyArena.Core.Common.ProgramRules Rules = NewRules();

    private static LoyaltyArena.Core.Common.ProgramRules NewRules()
    {
        var rules = (LoyaltyArena.Core.Common.ProgramRules)Activator.CreateInstance(typeof(LoyaltyArena.Core.Common.ProgramRules), nonPublic: true)!;
        rules.ChangeGuards(new EarningLimits(UnitsPerLine: 1_000, SalesValuePerDay: 50_000_000, PointsPerDay: 20_000, ChallengePointsPerDay: null));
        return rules;
    }

    [Fact]
    public void A_sale_within_every_limit_is_paid_at_once() =>
        EarningGuards.HoldReason(Rules, new SaleFacts(10, 1_500_000, 1_000, 10_000_000, 5_000)).ShouldBeNull();

    [Fact]
    public void A_typo_of_a_hundred_thousand_units_is_held() =>
        EarningGuards.HoldReason(Rules, new SaleFacts(100_000, 1, 27_500_000, 0, 0)).ShouldBe(EarningGuards.UnitsPerLine);

    [Fact]
    public void The_sale_that_takes_the_day_over_the_sales_value_limit_is_held() =>
        EarningGuards.HoldReason(Rules, new SaleFacts(10, 20_000_000, 500, 40_000_000, 0)).ShouldBe(EarningGuards.SalesValuePerDay);

    [Fact]
    public void The_sale_that_takes_the_day_over_the_points_limit_is_held_and_one_that_ends_exactly_on_it_is_not()
    {
        EarningGuards.HoldReason(Rules, new SaleFacts(10, 100, 5_001, 0, 15_000)).ShouldBe(EarningGuards.PointsPerDay);
        EarningGuards.HoldReason(Rules, new SaleFacts(10, 100, 5_000, 0, 15_000)).ShouldBeNull();
    }

    [Fact]
    public void Without_limits_nothing_is_held()
    {
        var open = NewRules();
        open.ChangeGuards(new EarningLimits(null, null, null, null));
        EarningGuards.HoldReason(open, new SaleFacts(1_000_000, 1_000_000_000, 1_000_000, 0, 0)).ShouldBeNull();
    }
}
