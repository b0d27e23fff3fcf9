using System.Globalization;

namespace LoyaltyArena.Core.Learning;

public enum SurveyQuestionKind
{
    Rating,
    Choice,
    Text,
    Nps,
}

/// <summary>A questionnaire with no right answers; completing it earns points once.</summary>
public sealed class Survey
{
    private readonly List<SurveyQuestion> _questions = [];

    private Survey() { }

    public Survey(string slug, string title, string intro, int points, bool published = true)
    {
        Slug = slug;
        Title = title;
        Intro = intro;
        Points = points;
        Published = published;
    }

    public void Publish(bool published) => Published = published;

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Intro { get; private set; } = "";
    public int Points { get; private set; }
    public bool Published { get; private set; }
    public IReadOnlyCollection<SurveyQuestion> Questions => _questions;

    public SurveyQuestion Ask(SurveyQuestionKind kind, string text, params string[] options)
    {
        var question = new SurveyQuestion(_questions.Count + 1, kind, text, string.Join('\n', options));
        _questions.Add(question);
        return question;
    }
}

public sealed class SurveyQuestion
{
    private SurveyQuestion() { }

    internal SurveyQuestion(int position, SurveyQuestionKind kind, string text, string options)
    {
        Position = position;
        Kind = kind;
        Text = text;
        Options = options;
    }

    public int Id { get; private set; }
    public int SurveyId { get; private set; }
    public int Position { get; private set; }
    public SurveyQuestionKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>For a choice question: one option per line.</summary>
    public string Options { get; private set; } = "";

    public IReadOnlyList<string> OptionList => Options.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>One member's answers to one survey; (survey, member) is unique, so it counts once.</summary>
public sealed class SurveyResponse
{
    private readonly List<SurveyAnswer> _answers = [];

    private SurveyResponse() { }

    public SurveyResponse(int surveyId, int memberId, DateTime submittedAt)
    {
        SurveyId = surveyId;
        MemberId = memberId;
        SubmittedAt = submittedAt;
    }

    public int Id { get; private set; }
    public int SurveyId { get; private set; }
    public int MemberId { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public IReadOnlyCollection<SurveyAnswer> Answers => _answers;

    public void Answer(int questionId, int? value, string? text) => _answers.Add(new SurveyAnswer(questionId, value, text));
}

public sealed class SurveyAnswer
{
    private SurveyAnswer() { }

    internal SurveyAnswer(int questionId, int? value, string? text)
    {
        QuestionId = questionId;
        Value = value;
        Text = text;
    }

    public long Id { get; private set; }
    public int SurveyResponseId { get; private set; }
    public int QuestionId { get; private set; }

    /// <summary>A rating (1-5), an NPS score (0-10) or a choice's index.</summary>
    public int? Value { get; private set; }

    /// <summary>Free text, or the "why" of an NPS answer.</summary>
    public string? Text { get; private set; }
}

public sealed record NpsScore(int Responses, int Promoters, int Passives, int Detractors)
{
    /// <summary>% promoters (9-10) minus % detractors (0-6), from -100 to 100.</summary>
    public int Score => Responses == 0 ? 0 : (int)Math.Round(100.0 * (Promoters - Detractors) / Responses);

    public static NpsScore From(IEnumerable<int> ratings)
    {
        var list = ratings.Where(r => r is >= 0 and <= 10).ToList();
        return new NpsScore(list.Count, list.Count(r => r >= 9), list.Count(r => r is 7 or 8), list.Count(r => r <= 6));
    }
}

/// <summary>What a survey answer must look like for its question kind.</summary>
public static class SurveyRules
{
    public const int MaxText = 1_000;

    /// <returns>A resource key when the answer is unacceptable.</returns>
    public static string? Check(SurveyQuestionKind kind, int optionCount, string? raw, string? text) => kind switch
    {
        SurveyQuestionKind.Rating => Number(raw) is >= 1 and <= 5 ? null : "Survey.PickRating",
        SurveyQuestionKind.Nps => Number(raw) is >= 0 and <= 10 ? TooLong(text) : "Survey.PickNps",
        SurveyQuestionKind.Choice => Number(raw) is { } i && i >= 0 && i < optionCount ? null : "Survey.PickChoice",
        _ => TooLong(text),
    };

    public static int? Number(string? raw) => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? TooLong(string? text) => (text ?? "").Length > MaxText ? "Survey.TooLong" : null;
}
