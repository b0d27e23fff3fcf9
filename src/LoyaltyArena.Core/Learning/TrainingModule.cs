namespace LoyaltyArena.Core.Learning;

/// <summary>A short course: a few lessons and the quiz that finishes it.</summary>
public sealed class TrainingModule
{
    private readonly List<Lesson> _lessons = [];

    private TrainingModule() { }

    public TrainingModule(string slug, string title, string summary, int minutes, bool published = true)
    {
        Slug = slug;
        Title = title;
        Summary = summary;
        Minutes = minutes;
        Published = published;
    }

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public int Minutes { get; private set; }

    /// <summary>Only published modules reach members; drafts are seen in Studio.</summary>
    public bool Published { get; private set; }

    /// <summary>Who the module is for; null means everyone.</summary>
    public Partners.PartnerKind? TargetPartnerKind { get; private set; }

    public string? TargetRegion { get; private set; }

    /// <summary>The stored cover image's name, served from /media.</summary>
    public string? CoverImage { get; private set; }

    public void SetCover(string? name) => CoverImage = name;

    public IReadOnlyCollection<Lesson> Lessons => _lessons;

    public void Edit(string title, string summary, int minutes, Partners.PartnerKind? partnerKind, string? region)
    {
        Title = title.Trim();
        Summary = summary.Trim();
        Minutes = minutes;
        TargetPartnerKind = partnerKind;
        TargetRegion = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
    }

    public void Publish(bool published) => Published = published;

    /// <summary>The same rule as <see cref="IsFor"/>, as a query: published modules meant for a member of this store.</summary>
    public static System.Linq.Expressions.Expression<Func<TrainingModule, bool>> OpenTo(Partners.PartnerKind kind, string region) =>
        m => m.Published && (m.TargetPartnerKind == null || m.TargetPartnerKind == kind) && (m.TargetRegion == null || m.TargetRegion == region);

    public bool IsFor(Partners.PartnerKind kind, string region) =>
        (TargetPartnerKind is null || TargetPartnerKind == kind) &&
        (TargetRegion is null || string.Equals(TargetRegion, region, StringComparison.OrdinalIgnoreCase));

    public void RemoveLesson(Lesson lesson) => _lessons.Remove(lesson);
    public Quiz? Quiz { get; private set; }

    public Lesson AddLesson(string title, string markdown, string? videoUrl = null)
    {
        var lesson = new Lesson(_lessons.Count + 1, title, markdown, videoUrl);
        _lessons.Add(lesson);
        return lesson;
    }

    public Quiz AttachQuiz(string title, int passMarkPercent, int points, int timeLimitSeconds) =>
        Quiz = new Quiz(title, passMarkPercent, points, timeLimitSeconds);
}

public sealed class Lesson
{
    private Lesson() { }

    internal Lesson(int position, string title, string body, string? videoUrl)
    {
        if (videoUrl is not null && !LessonMarkdown.IsSafe(videoUrl)) throw new ArgumentException("A video link must be http(s).", nameof(videoUrl));
        Position = position;
        Title = title;
        Body = body;
        VideoUrl = videoUrl;
    }

    public int Id { get; private set; }
    public int TrainingModuleId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Markdown, rendered by <see cref="LessonMarkdown"/>.</summary>
    public string Body { get; private set; } = "";

    public string? VideoUrl { get; private set; }

    public void Edit(string title, string body, string? videoUrl)
    {
        if (videoUrl is not null && !LessonMarkdown.IsSafe(videoUrl)) throw new ArgumentException("A video link must be http(s).", nameof(videoUrl));
        Title = title.Trim();
        Body = body;
        VideoUrl = videoUrl;
    }
}
