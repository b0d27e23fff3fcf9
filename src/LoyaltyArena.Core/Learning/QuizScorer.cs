namespace LoyaltyArena.Core.Learning;

/// <summary>The answer key of one question: which of its options are right.</summary>
public sealed record AnswerKey(int QuestionId, IReadOnlySet<int> OptionIds, IReadOnlySet<int> CorrectOptionIds);

public sealed record ScoreCard(int Correct, int Total, int Percent, bool Passed, IReadOnlySet<int> CorrectQuestionIds);

/// <summary>
/// Scores on the server. A question counts as right only when exactly its correct options are chosen,
/// so ticking every box of a multiple-choice question earns nothing.
/// </summary>
public static class QuizScorer
{
    public static ScoreCard Score(IReadOnlyCollection<AnswerKey> keys, IReadOnlySet<int> selected, int passMarkPercent)
    {
        var right = keys
            .Where(k => k.CorrectOptionIds.SetEquals(selected.Where(k.OptionIds.Contains)))
            .Select(k => k.QuestionId)
            .ToHashSet();
        var percent = keys.Count == 0 ? 0 : (int)Math.Floor(100.0 * right.Count / keys.Count);
        return new ScoreCard(right.Count, keys.Count, percent, keys.Count > 0 && percent >= passMarkPercent, right);
    }
}
