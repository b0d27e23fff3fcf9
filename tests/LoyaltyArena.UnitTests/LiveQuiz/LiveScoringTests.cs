using LoyaltyArena.Core.LiveQuiz;

namespace LoyaltyArena.UnitTests.LiveQuiz;

public class LiveScoringTests
{
    [Theory]
    [InlineData(0, 1_000)]
    [InlineData(10_000, 750)]
    [InlineData(20_000, 500)]
    [InlineData(25_000, 500)]
    public void A_right_answer_scores_more_the_sooner_it_arrives(int elapsedMs, int points) =>
        LiveScoring.Points(correct: true, elapsedMs, durationMs: 20_000).ShouldBe(points);

    [Fact]
    public void A_wrong_answer_scores_nothing_however_fast() => LiveScoring.Points(correct: false, 100, 20_000).ShouldBe(0);

    [Fact]
    public void Only_exactly_the_right_options_are_right()
    {
        var right = new HashSet<int> { 1, 3 };
        LiveScoring.IsCorrect(new HashSet<int> { 1, 3 }, right).ShouldBeTrue();
        LiveScoring.IsCorrect(new HashSet<int> { 1 }, right).ShouldBeFalse();
        LiveScoring.IsCorrect(new HashSet<int> { 1, 2, 3 }, right).ShouldBeFalse();
        LiveScoring.IsCorrect(new HashSet<int>(), right).ShouldBeFalse();
    }

    [Fact]
    public void The_podium_orders_by_score_then_right_answers_then_speed_and_equals_share_a_place()
    {
        var podium = LiveScoring.Rank([
            (1, "Ani", 1_500, 2, 9_000),
            (2, "Budi", 1_800, 2, 4_000),
            (3, "Citra", 1_500, 2, 7_000),
            (4, "Dodi", 1_500, 2, 7_000),
            (5, "Eka", 0, 0, 0),
        ]);

        podium.Select(p => (p.Place, p.Name)).ShouldBe([(1, "Budi"), (2, "Citra"), (2, "Dodi"), (4, "Ani"), (5, "Eka")]);
    }

    [Fact]
    public void Join_codes_are_six_characters_that_cannot_be_mistaken_on_a_projector()
    {
        var code = LiveScoring.NewCode(new Random(7));
        code.Length.ShouldBe(6);
        code.ShouldAllBe(c => LiveScoring.CodeAlphabet.Contains(c));
        LiveScoring.CodeAlphabet.ShouldNotContain('0');
        LiveScoring.CodeAlphabet.ShouldNotContain('O');
        LiveScoring.CodeAlphabet.ShouldNotContain('1');
        LiveScoring.CodeAlphabet.ShouldNotContain('I');
    }
}
