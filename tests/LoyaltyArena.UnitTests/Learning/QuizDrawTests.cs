using LoyaltyArena.Core.Learning;

namespace LoyaltyArena.UnitTests.Learning;

public class QuizDrawTests
{
    private static readonly int[] Pool = [11, 12, 13, 14, 15, 16];

    [Fact]
    public void An_attempt_draws_the_requested_number_of_distinct_questions_from_the_pool()
    {
        var paper = QuizDraw.Questions(Pool, 4, seed: 42);

        paper.Count.ShouldBe(4);
        paper.Distinct().Count().ShouldBe(4);
        paper.ShouldAllBe(q => Pool.Contains(q));
    }

    [Fact]
    public void The_same_seed_always_gives_the_same_paper_and_option_order()
    {
        QuizDraw.Questions(Pool, 4, 7).ShouldBe(QuizDraw.Questions(Pool.Reverse().ToArray(), 4, 7));
        QuizDraw.Options([1, 2, 3, 4], 12, 7).ShouldBe(QuizDraw.Options([4, 3, 2, 1], 12, 7));
    }

    [Fact]
    public void Different_seeds_give_different_papers_across_many_attempts() =>
        Enumerable.Range(1, 50).Select(seed => string.Join(',', QuizDraw.Questions(Pool, 4, seed))).Distinct().Count().ShouldBeGreaterThan(20);

    [Fact]
    public void Every_option_still_appears_once_after_shuffling() =>
        QuizDraw.Options([5, 6, 7], 1, 99).Order().ShouldBe([5, 6, 7]);

    [Fact]
    public void Without_a_draw_count_or_with_a_count_above_the_pool_every_question_is_asked()
    {
        QuizDraw.Questions(Pool, null, 3).Order().ShouldBe(Pool);
        QuizDraw.Questions(Pool, 10, 3).Count.ShouldBe(6);
    }
}

public class AttemptPolicyTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_failed_attempt_starts_a_cooldown()
    {
        var check = AttemptPolicy.CanStart(1, 5, Now.AddMinutes(-3), 10, Now);

        check.Refusal.ShouldBe(StartRefusal.CoolingDown);
        check.TryAgainAt.ShouldBe(Now.AddMinutes(7));
    }

    [Fact]
    public void After_the_cooldown_another_attempt_may_start() =>
        AttemptPolicy.CanStart(1, 5, Now.AddMinutes(-10), 10, Now).Allowed.ShouldBeTrue();

    [Fact]
    public void The_attempt_limit_is_final() =>
        AttemptPolicy.CanStart(5, 5, null, 0, Now).Refusal.ShouldBe(StartRefusal.NoAttemptsLeft);

    [Fact]
    public void Without_limits_there_is_always_another_try() =>
        AttemptPolicy.CanStart(100, null, Now, 0, Now).Allowed.ShouldBeTrue();
}
