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

    public QuizAttempt(int quizId, int memberId, DateTime startedAt, DateTime deadline, int seed, IEnumerable<int> questionIds)
    {
        QuizId = quizId;
        MemberId = memberId;
        StartedAt = startedAt;
        Deadline = deadline;
        Seed = seed;
        QuestionIds = string.Join(',', questionIds);
    }

    /// <summary>Drives this attempt's option order (see <see cref="QuizDraw"/>).</summary>
    public int Seed { get; private set; }

    /// <summary>The questions drawn for this attempt, in the order they are asked.</summary>
    public string QuestionIds { get; private set; } = "";

    public IReadOnlyList<int> Paper => QuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    /// <summary>Answers saved step by step before submission: "questionId:optionId.optionId;...".</summary>
    public string Answers { get; private set; } = "";

    public IReadOnlyDictionary<int, IReadOnlySet<int>> AnswerMap =>
        Answers.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(':'))
            .ToDictionary(p => int.Parse(p[0]), p => (IReadOnlySet<int>)p[1].Split('.', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet());

    public void SaveAnswer(int questionId, IEnumerable<int> optionIds)
    {
        if (Status != AttemptStatus.InProgress) throw new InvalidOperationException("This attempt has already been submitted.");
        if (!Paper.Contains(questionId)) return;
        var map = AnswerMap.ToDictionary(kv => kv.Key, kv => kv.Value);
        map[questionId] = optionIds.ToHashSet();
        Answers = string.Join(';', map.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}:{string.Join('.', kv.Value.Order())}"));
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
