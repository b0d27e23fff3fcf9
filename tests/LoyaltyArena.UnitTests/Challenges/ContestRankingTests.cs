using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.UnitTests.Challenges;

public class ContestRankingTests
{
    [Fact]
    public void With_brackets_a_small_store_is_ranked_only_among_small_stores()
    {
        var standings = ContestRanking.Rank(
        [
            new Entrant(1, "Gudang Besar", ContestRanking.BracketOf(true, StoreSize.Large), 90_000),
            new Entrant(2, "Toko Mungil", ContestRanking.BracketOf(true, StoreSize.Small), 1_200),
            new Entrant(3, "Toko Kecil Lain", ContestRanking.BracketOf(true, StoreSize.Small), 900),
            new Entrant(4, "Gudang Sedang", ContestRanking.BracketOf(true, StoreSize.Large), 50_000),
        ]);

        standings["Small"].Select(s => (s.Place, s.Entrant.Name)).ShouldBe([(1, "Toko Mungil"), (2, "Toko Kecil Lain")]);
        standings["Large"].Select(s => (s.Place, s.Entrant.Name)).ShouldBe([(1, "Gudang Besar"), (2, "Gudang Sedang")]);
    }

    [Fact]
    public void Without_brackets_everyone_is_on_one_table_and_equal_scores_share_a_place_and_nobody_with_nothing_is_placed()
    {
        var standings = ContestRanking.Rank(
        [
            new Entrant(1, "Ani", ContestRanking.BracketOf(false, StoreSize.Small), 500),
            new Entrant(2, "Budi", ContestRanking.BracketOf(false, StoreSize.Large), 500),
            new Entrant(3, "Citra", ContestRanking.BracketOf(false, null), 200),
            new Entrant(4, "Dodi", ContestRanking.BracketOf(false, null), 0),
        ]);

        standings.Keys.ShouldBe([ContestRanking.NoBracket]);
        standings[ContestRanking.NoBracket].Select(s => (s.Place, s.Entrant.Name)).ShouldBe([(1, "Ani"), (1, "Budi"), (3, "Citra")]);
    }

    [Theory]
    [InlineData("1000,500,250", new[] { 1000, 500, 250 })]
    [InlineData(" 1.000 , 500 ", new[] { 1000, 500 })]
    public void Prizes_are_read_as_points_per_place(string text, int[] expected) =>
        ContestRanking.ParsePrizes(text).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("banyak")]
    [InlineData("1000,-5")]
    [InlineData("0")]
    [InlineData("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21")]
    public void Prizes_that_are_not_one_to_twenty_positive_amounts_are_refused(string text) =>
        ContestRanking.ParsePrizes(text).ShouldBeNull();

    [Fact]
    public void Improvement_counts_only_growth_over_the_period_before()
    {
        var scores = ContestService.Improvement(new() { [1] = 900, [2] = 400, [3] = 50 }, new() { [1] = 1_000, [2] = 100 });

        scores.ShouldBe(new Dictionary<int, long> { [1] = 0, [2] = 300, [3] = 50 });
    }

    [Theory]
    [InlineData("50,150,400", new[] { 50, 150, 400 })]
    [InlineData(" 1.000, 2.000 ,3.000", new[] { 1000, 2000, 3000 })]
    public void Unit_targets_are_read_for_small_medium_and_large_stores(string text, int[] expected) =>
        ContestRanking.ParseTargets(text).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("50,150")]
    [InlineData("50,0,400")]
    [InlineData("50,150,400,800")]
    [InlineData("lima puluh,150,400")]
    public void Targets_that_are_not_three_positive_amounts_are_refused(string? text) =>
        ContestRanking.ParseTargets(text).ShouldBeNull();

    [Fact]
    public void A_small_shop_that_beats_its_target_outranks_a_large_store_that_sold_more_units()
    {
        int[] targets = [50, 150, 400];
        var small = ContestRanking.TargetShare(60, targets, StoreSize.Small);
        var large = ContestRanking.TargetShare(300, targets, StoreSize.Large);

        (small, large).ShouldBe((1_200L, 750L), "120% against 75%, in tenths of a percent");
        ContestRanking.TargetShare(75, targets, null).ShouldBe(500, "a store of unknown size is measured as medium");
    }
}
