using LoyaltyArena.Core.Ledger;

namespace LoyaltyArena.UnitTests.Ledger;

public class PostingRulesTests
{
    private static Posting Valid => Posting.Earn(1, 100, "quiz", "7", LedgerReasons.QuizPassed, "Pengenalan Produk");

    [Fact]
    public void A_well_formed_earn_has_no_problems() => PostingRules.Check(Valid).ShouldBeEmpty();

    [Fact]
    public void The_idempotency_key_of_an_earn_is_derived_from_its_source_and_member() =>
        Valid.IdempotencyKey.ShouldBe("quiz:7:member:1");

    [Fact]
    public void An_earn_cannot_take_points() =>
        PostingRules.Check(Valid with { Amount = -5 }).ShouldContain("An earn entry adds points.");

    [Fact]
    public void A_redemption_cannot_add_points() =>
        PostingRules.Check(Valid with { Kind = LedgerEntryKind.Redeem }).ShouldContain("A Redeem entry takes points.");

    [Fact]
    public void Zero_points_is_not_a_movement() => PostingRules.Check(Valid with { Amount = 0 }).ShouldNotBeEmpty();

    [Fact]
    public void Every_entry_says_why() => PostingRules.Check(Valid with { ReasonKey = " " }).ShouldContain("A reason is required.");

    [Fact]
    public void An_overlong_key_is_refused_before_the_database_sees_it() =>
        Should.Throw<ArgumentException>(() => PostingRules.EnsureValid(Valid with { IdempotencyKey = new string('k', 201) }));

    [Fact]
    public void Only_earned_points_count_towards_leaderboards()
    {
        Valid.LeaderboardPoints.ShouldBe(100);
        Posting.Redeem(1, 50, "reward", "2", "redeem:1:x", LedgerReasons.Redeemed, "Pulsa").LeaderboardPoints.ShouldBe(0);
    }
}
