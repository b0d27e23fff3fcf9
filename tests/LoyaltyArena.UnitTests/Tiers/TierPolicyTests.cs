using LoyaltyArena.Core.Tiers;

namespace LoyaltyArena.UnitTests.Tiers;

public class TierPolicyTests
{
    private static readonly TierLevel Bronze = new(1, "Bronze", 0, 100);
    private static readonly TierLevel Silver = new(2, "Silver", 1_000, 110);
    private static readonly TierLevel Gold = new(3, "Gold", 5_000, 125);
    private static readonly TierLevel Platinum = new(4, "Platinum", 15_000, 150);
    private static readonly TierLevel[] Defaults = [Gold, Bronze, Platinum, Silver];

    [Theory]
    [InlineData(0, "Bronze")]
    [InlineData(999, "Bronze")]
    [InlineData(1_000, "Silver")]
    [InlineData(4_999, "Silver")]
    [InlineData(5_000, "Gold")]
    [InlineData(250_000, "Platinum")]
    public void Qualifying_points_reach_the_highest_tier_whose_threshold_they_meet(int qualifying, string tier) =>
        TierPolicy.For(Defaults, qualifying).Name.ShouldBe(tier);

    [Fact]
    public void Progress_says_how_many_points_are_missing_for_the_next_tier()
    {
        var progress = TierPolicy.Progress(Defaults, 2_400);

        progress.Current.ShouldBe(Silver);
        progress.Next.ShouldBe(Gold);
        progress.PointsToNext.ShouldBe(2_600);
    }

    [Fact]
    public void The_top_tier_has_no_next_one() => TierPolicy.Progress(Defaults, 20_000).Next.ShouldBeNull();

    [Fact]
    public void The_window_reaches_back_whole_months()
    {
        var now = new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

        TierPolicy.WindowStart(now, 12).ShouldBe(new DateTime(2025, 11, 22, 10, 0, 0, DateTimeKind.Utc));
        TierPolicy.WindowStart(new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc), 1).ShouldBe(new DateTime(2026, 2, 28, 0, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData(100, 125, 125)]
    [InlineData(150, 110, 165)]
    [InlineData(5, 110, 6)]
    [InlineData(3, 150, 5)]
    [InlineData(1, 100, 1)]
    public void The_multiplier_rounds_half_up(int points, int percent, int expected) =>
        TierPolicy.Multiply(points, percent).ShouldBe(expected);

    [Fact]
    public void A_tier_outside_the_multiplier_range_is_refused() =>
        TierRules.Check("Diamond", 50_000, 600, "#123456").ShouldContain("Tier.MultiplierRange");
}
