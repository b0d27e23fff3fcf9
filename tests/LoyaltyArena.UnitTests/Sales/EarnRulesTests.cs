using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Sales;

namespace LoyaltyArena.UnitTests.Sales;

public class EarnRulesTests
{
    private static readonly DateTime Sold = new(2026, 11, 20, 7, 0, 0, DateTimeKind.Utc);
    private static readonly RuleTerms TenCartons = new(1, 10, 1_000, null, null, null, null, null, true);

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 1_000)]
    [InlineData(25, 2_000)]
    [InlineData(100, 10_000)]
    public void Only_whole_steps_earn(int quantity, int points) => EarnRules.Points(TenCartons, quantity).ShouldBe(points);

    [Fact]
    public void A_cap_limits_the_points_of_one_sale() =>
        EarnRules.Points(TenCartons with { CapPerSale = 5_000 }, 200).ShouldBe(5_000);

    [Fact]
    public void A_rule_outside_its_window_does_not_apply()
    {
        var november = TenCartons with { ValidFrom = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), ValidUntil = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) };

        EarnRules.Applies(november, Sold, PartnerKind.Store, "Jawa Barat").ShouldBeTrue();
        EarnRules.Applies(november, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), PartnerKind.Store, "Jawa Barat").ShouldBeFalse();
    }

    [Fact]
    public void A_segment_rule_applies_only_to_its_partner_type_and_region()
    {
        var storesInBali = TenCartons with { PartnerKind = PartnerKind.Store, Region = "Bali" };

        EarnRules.Applies(storesInBali, Sold, PartnerKind.Store, "bali").ShouldBeTrue();
        EarnRules.Applies(storesInBali, Sold, PartnerKind.Store, "Jawa Barat").ShouldBeFalse();
        EarnRules.Applies(storesInBali, Sold, PartnerKind.Retailer, "Bali").ShouldBeFalse();
    }

    [Fact]
    public void Rules_do_not_stack_and_the_best_paying_one_wins()
    {
        var perUnit = new RuleTerms(2, 1, 120, null, null, null, null, null, true);
        var inactive = new RuleTerms(3, 1, 9_999, null, null, null, null, null, false);

        var (rule, points) = EarnRules.Best([TenCartons, perUnit, inactive], 20, Sold, PartnerKind.Store, "Bali");

        rule!.Id.ShouldBe(2);
        points.ShouldBe(2_400);
    }

    [Fact]
    public void A_rule_needs_a_positive_step_and_an_end_after_its_start() =>
        EarnRules.Check(0, 100, null, Sold, Sold.AddDays(-1)).ShouldBe(["Rule.StepRange", "Rule.WindowOrder"]);
}
