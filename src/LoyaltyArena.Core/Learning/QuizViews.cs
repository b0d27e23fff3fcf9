namespace LoyaltyArena.Core.Learning;

/// <summary>One screen of an attempt: a single question, its options in this attempt's order, and what was chosen so far. No answer key.</summary>
public sealed record QuizStep(int AttemptId, string QuizTitle, string ModuleSlug, DateTime Deadline, int PassMarkPercent, int Points, int Index, int Count, int Answered, SheetQuestion Question, IReadOnlySet<int> Chosen)
{
    public bool IsLast => Index == Count - 1;
}

public sealed record StartOutcome(int? AttemptId, StartCheck Check);

public sealed record QuizPassed(int MemberId, int QuizId, int AttemptId, int Points) : Common.IDomainEvent;

public sealed record ModuleCompleted(int MemberId, int ModuleId) : Common.IDomainEvent;

public sealed record SheetQuestion(int Id, int Position, string Text, bool MultipleChoice, IReadOnlyList<SheetOption> Options);

public sealed record SheetOption(int Id, string Text);

public sealed record QuizResult(
    int AttemptId,
    string QuizTitle,
    string ModuleSlug,
    int Correct,
    int Total,
    int Percent,
    int PassMarkPercent,
    bool Passed,
    bool Late,
    int PointsEarned,
    int QuizPoints,
    bool PassedBefore,
    IReadOnlyList<ReviewedQuestion> Review)
{
    /// <summary>
    /// The right answers (and explanations) are shown once the quiz is passed or no attempt is left; before
    /// that the review says which questions were wrong, so a retake is a retake and not a copy.
    /// </summary>
    public bool AnswersShown { get; init; } = true;
}

public sealed record ReviewedQuestion(string Text, string Explanation, bool Right, IReadOnlyList<ReviewedOption> Options);

public sealed record ReviewedOption(string Text, bool Correct, bool Chosen);
