using LoyaltyArena.Core.Learning;

namespace LoyaltyArena.UnitTests.Learning;

public class QuizScorerTests
{
    // Question 1: single choice, option 11 right. Question 2: multiple choice, 21 and 22 right, 23 wrong.
    private static readonly AnswerKey[] Keys =
    [
        new(1, new HashSet<int> { 10, 11, 12 }, new HashSet<int> { 11 }),
        new(2, new HashSet<int> { 21, 22, 23 }, new HashSet<int> { 21, 22 }),
    ];

    [Fact]
    public void All_right_answers_score_one_hundred_and_pass()
    {
        var card = QuizScorer.Score(Keys, new HashSet<int> { 11, 21, 22 }, passMarkPercent: 75);

        card.Percent.ShouldBe(100);
        card.Passed.ShouldBeTrue();
    }

    [Fact]
    public void Ticking_every_box_of_a_multiple_choice_question_is_wrong()
    {
        var card = QuizScorer.Score(Keys, new HashSet<int> { 11, 21, 22, 23 }, passMarkPercent: 50);

        card.CorrectQuestionIds.ShouldBe([1]);
        card.Percent.ShouldBe(50);
    }

    [Fact]
    public void A_partly_answered_multiple_choice_question_is_wrong() =>
        QuizScorer.Score(Keys, new HashSet<int> { 11, 21 }, 100).Correct.ShouldBe(1);

    [Fact]
    public void A_score_exactly_at_the_pass_mark_passes() =>
        QuizScorer.Score(Keys, new HashSet<int> { 11 }, passMarkPercent: 50).Passed.ShouldBeTrue();

    [Fact]
    public void A_score_below_the_pass_mark_fails() =>
        QuizScorer.Score(Keys, new HashSet<int> { 11 }, passMarkPercent: 51).Passed.ShouldBeFalse();

    [Fact]
    public void Options_from_another_question_do_not_count()
    {
        var card = QuizScorer.Score(Keys, new HashSet<int> { 21, 22, 999 }, passMarkPercent: 50);

        card.CorrectQuestionIds.ShouldBe([2]);
    }

    [Fact]
    public void An_empty_submission_scores_zero() => QuizScorer.Score(Keys, new HashSet<int>(), 1).Percent.ShouldBe(0);
}
