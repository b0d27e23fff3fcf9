namespace LoyaltyArena.Core.Learning;

public enum AttemptStatus
{
    InProgress,
    Submitted,
    Late,
}

/// <summary>One try at a quiz, timed by the server from the moment it started.</summary>
public sealed class QuizAttempt
{
    private QuizAttempt() { }

    public QuizAttempt(int quizId, int memberId, DateTime startedAt, DateTime deadline)
    {
        QuizId = quizId;
        MemberId = memberId;
        StartedAt = startedAt;
        Deadline = deadline;
    }

    public int Id { get; private set; }
    public int QuizId { get; private set; }
    public Quiz? Quiz { get; private set; }
    public int MemberId { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime Deadline { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public AttemptStatus Status { get; private set; }
    public int CorrectCount { get; private set; }
    public int QuestionCount { get; private set; }
    public int ScorePercent { get; private set; }
    public bool Passed { get; private set; }
    public int PointsEarned { get; private set; }

    /// <summary>The option ids the member chose, comma-separated.</summary>
    public string Selected { get; private set; } = "";

    public IReadOnlySet<int> SelectedOptionIds =>
        Selected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();

    public void Complete(DateTime submittedAt, ScoreCard card, IEnumerable<int> selected, bool late, int pointsEarned)
    {
        if (Status != AttemptStatus.InProgress) throw new InvalidOperationException("This attempt has already been submitted.");
        SubmittedAt = submittedAt;
        Status = late ? AttemptStatus.Late : AttemptStatus.Submitted;
        CorrectCount = card.Correct;
        QuestionCount = card.Total;
        ScorePercent = card.Percent;
        Passed = card.Passed && !late;
        PointsEarned = pointsEarned;
        Selected = string.Join(',', selected.Order());
    }
}
