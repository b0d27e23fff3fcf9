namespace LoyaltyArena.Core.Learning;

public sealed class Quiz
{
    private readonly List<Question> _questions = [];

    private Quiz() { }

    internal Quiz(string title, int passMarkPercent, int points, int timeLimitSeconds)
    {
        if (passMarkPercent is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(passMarkPercent));
        Title = title;
        PassMarkPercent = passMarkPercent;
        Points = points;
        TimeLimitSeconds = timeLimitSeconds;
    }

    public int Id { get; private set; }
    public int? TrainingModuleId { get; private set; }
    public string Title { get; private set; } = "";
    public int PassMarkPercent { get; private set; }

    /// <summary>Points for the first pass; later passes earn nothing.</summary>
    public int Points { get; private set; }

    public int TimeLimitSeconds { get; private set; }

    /// <summary>How many questions one attempt draws from the pool; null asks them all.</summary>
    public int? DrawCount { get; private set; }

    /// <summary>Attempts a member may start; null is unlimited.</summary>
    public int? MaxAttempts { get; private set; }

    /// <summary>Minutes to wait after a failed attempt before the next one.</summary>
    public int CooldownMinutes { get; private set; }

    public IReadOnlyCollection<Question> Questions => _questions;

    public void Configure(string title, int passMarkPercent, int points, int timeLimitSeconds)
    {
        if (passMarkPercent is < 1 or > 100 || points < 0 || timeLimitSeconds < 30) throw new ArgumentOutOfRangeException(nameof(passMarkPercent));
        Title = title.Trim();
        PassMarkPercent = passMarkPercent;
        Points = points;
        TimeLimitSeconds = timeLimitSeconds;
    }

    public void RemoveQuestion(Question question) => _questions.Remove(question);

    public void Limit(int? drawCount, int? maxAttempts, int cooldownMinutes)
    {
        if (drawCount is < 1 || maxAttempts is < 1 || cooldownMinutes < 0) throw new ArgumentOutOfRangeException(nameof(drawCount));
        DrawCount = drawCount;
        MaxAttempts = maxAttempts;
        CooldownMinutes = cooldownMinutes;
    }

    public Question AddQuestion(string text, string explanation, params (string Text, bool Correct)[] options)
    {
        if (!options.Any(o => o.Correct)) throw new ArgumentException("A question needs at least one correct option.", nameof(options));
        var question = new Question(_questions.Count == 0 ? 1 : _questions.Max(q => q.Position) + 1, text, explanation, options.Count(o => o.Correct) > 1);
        for (var i = 0; i < options.Length; i++) question.AddOption(i + 1, options[i].Text, options[i].Correct);
        _questions.Add(question);
        return question;
    }
}

public sealed class Question
{
    private readonly List<QuestionOption> _options = [];

    private Question() { }

    internal Question(int position, string text, string explanation, bool multipleChoice)
    {
        Position = position;
        Text = text;
        Explanation = explanation;
        MultipleChoice = multipleChoice;
    }

    public int Id { get; private set; }
    public int QuizId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>Shown only after the attempt is submitted.</summary>
    public string Explanation { get; private set; } = "";

    public bool MultipleChoice { get; private set; }
    public IReadOnlyCollection<QuestionOption> Options => _options;

    internal void AddOption(int position, string text, bool correct) => _options.Add(new QuestionOption(position, text, correct));
}

public sealed class QuestionOption
{
    private QuestionOption() { }

    internal QuestionOption(int position, string text, bool isCorrect)
    {
        Position = position;
        Text = text;
        IsCorrect = isCorrect;
    }

    public int Id { get; private set; }
    public int QuestionId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>Never projected into a page before the attempt is submitted.</summary>
    public bool IsCorrect { get; private set; }
}
