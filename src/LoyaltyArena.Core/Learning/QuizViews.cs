namespace LoyaltyArena.Core.Learning;

/// <summary>What the browser may see before submission: questions and options, no answer key.</summary>
public sealed record QuizSheet(int AttemptId, string QuizTitle, string ModuleSlug, DateTime Deadline, int PassMarkPercent, int Points, IReadOnlyList<SheetQuestion> Questions);

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
    IReadOnlyList<ReviewedQuestion> Review);

public sealed record ReviewedQuestion(string Text, string Explanation, bool Right, IReadOnlyList<ReviewedOption> Options);

public sealed record ReviewedOption(string Text, bool Correct, bool Chosen);
