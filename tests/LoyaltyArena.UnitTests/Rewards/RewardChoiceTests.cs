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
