using LoyaltyArena.Core.Rewards;

namespace LoyaltyArena.UnitTests.Rewards;

public class RewardChoiceTests
{
    private static readonly RewardOffer Pulsa = new(1, "Pulsa Rp25.000", RewardCategory.Pulsa, 2_500, 10, 25_000);
    private static readonly RewardOffer Cinema = new(2, "Tiket Bioskop", RewardCategory.Experience, 4_000, 5, 40_000);
    private static readonly RewardOffer Polo = new(3, "Kaos Polo", RewardCategory.Merchandise, 1_000, 0, 85_000);

    [Fact]
    public void With_too_few_points_the_next_reward_says_how_many_are_missing()
    {
        var goal = RewardChoice.Pick([Pulsa, Cinema], balance: 2_400);

        goal.TakeNow.ShouldBeNull();
        goal.Next.ShouldBe(Pulsa);
        goal.PointsToNext.ShouldBe(100);
    }

    [Fact]
    public void The_cheapest_affordable_reward_can_be_taken_now_and_the_next_one_is_shown()
    {
        var goal = RewardChoice.Pick([Cinema, Pulsa], balance: 2_550);

        goal.TakeNow.ShouldBe(Pulsa);
        goal.Next.ShouldBe(Cinema);
        goal.PointsToNext.ShouldBe(1_450);
    }

    [Fact]
    public void A_reward_out_of_stock_is_never_offered() =>
        RewardChoice.Pick([Polo, Pulsa], balance: 1_500).TakeNow.ShouldBeNull();

    [Fact]
    public void With_every_reward_affordable_there_is_no_next_goal() =>
        RewardChoice.Pick([Pulsa, Cinema], balance: 9_000).Next.ShouldBeNull();
}

public class RewardEligibilityTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 5, 0, 0, DateTimeKind.Utc);
    private static readonly RewardTerms Open = new(null, null, null, null, null, null, null, LimitPeriod.Month);
    private static readonly MemberStanding Silver = new(1_000, LoyaltyArena.Core.Partners.PartnerKind.Store, "Bali", false);

    [Fact]
    public void A_gold_reward_is_visible_but_locked_for_silver() =>
        RewardEligibility.See(Open with { MinTierThreshold = 5_000, MinTierName = "Gold" }, Silver, Now).ShouldBe(Visibility.TierLocked);

    [Fact]
    public void A_reward_for_another_region_or_outside_its_window_is_hidden()
    {
        RewardEligibility.See(Open with { TargetRegion = "Jawa Barat" }, Silver, Now).ShouldBe(Visibility.Hidden);
        RewardEligibility.See(Open with { AvailableUntil = Now }, Silver, Now).ShouldBe(Visibility.Hidden);
        RewardEligibility.See(Open with { AvailableFrom = Now.AddDays(1) }, Silver, Now).ShouldBe(Visibility.Hidden);
    }

    [Fact]
    public void A_suspended_member_is_refused_before_anything_else() =>
        RewardEligibility.Before(Open, Silver with { Suspended = true }, Now).ShouldBe(RedeemStatus.Suspended);

    [Fact]
    public void The_limit_counts_the_current_period_and_the_velocity_the_last_hour()
    {
        RewardEligibility.Counted(Open with { LimitPerMember = 1 }, takenInPeriod: 1, redemptionsLastHour: 0).ShouldBe(RedeemStatus.LimitReached);
        RewardEligibility.Counted(Open, 0, RewardEligibility.MaxPerHour).ShouldBe(RedeemStatus.TooFast);
        RewardEligibility.Counted(Open with { LimitPerMember = 2 }, 1, 1).ShouldBeNull();
    }

    [Fact]
    public void A_monthly_limit_starts_on_the_first_day_of_the_month_in_Jakarta() =>
        RewardEligibility.PeriodStart(LimitPeriod.Month, new DateTime(2026, 11, 30, 18, 0, 0, DateTimeKind.Utc), LoyaltyArena.Core.Common.ProgramCalendar.For("Asia/Jakarta"))
            .ShouldBe(new DateTime(2026, 11, 30, 17, 0, 0, DateTimeKind.Utc));
}

public class WishGoalTests
{
    private static readonly RewardOffer Pulsa = new(1, "Pulsa Rp25.000", RewardCategory.Pulsa, 2_500, 10, 25_000);
    private static readonly RewardOffer Voucher = new(2, "Voucher Belanja Rp50.000", RewardCategory.EVoucher, 5_000, 10, 50_000);

    [Fact]
    public void A_wished_for_reward_becomes_the_goal_instead_of_the_cheapest_next()
    {
        var goal = RewardChoice.Pick([Pulsa, Voucher], 1_000, wishId: 2);

        goal.Next.ShouldBe(Voucher);
        goal.PointsToNext.ShouldBe(4_000);
        goal.Wished.ShouldBeTrue();
    }

    [Fact]
    public void A_wish_that_is_no_longer_offered_falls_back_to_the_cheapest_next() =>
        RewardChoice.Pick([Pulsa, Voucher], 1_000, wishId: 99).Next.ShouldBe(Pulsa);
}
