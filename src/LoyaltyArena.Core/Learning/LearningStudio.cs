using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Learning;

public sealed record ModuleDraft(int Id, string Slug, string Title, string Summary, int Minutes, bool Published, PartnerKind? TargetPartnerKind, string? TargetRegion, string? CoverImage,
    IReadOnlyList<Lesson> Lessons, Quiz? Quiz, IReadOnlyList<Question> Questions);

public sealed record ModuleRow(int Id, string Slug, string Title, bool Published, int Lessons, int Questions);

public sealed record StudioOutcome(IReadOnlyList<string> Problems, int Id = 0) : IWriteOutcome
{
    public bool Succeeded => Problems.Count == 0;

    public static StudioOutcome Refused(params string[] problems) => new(problems);
}

/// <summary>Marketers write trainings and quizzes in Studio; every change is validated, saved in one transaction and audited.</summary>
public sealed class LearningStudio(ArenaDbContext db, ArenaTransactions transactions, TimeProvider clock)
{
    public async Task<IReadOnlyList<ModuleRow>> ModulesAsync(CancellationToken cancellationToken) =>
        await db.TrainingModules.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new ModuleRow(m.Id, m.Slug, m.Title, m.Published, m.Lessons.Count, m.Quiz == null ? 0 : m.Quiz.Questions.Count))
            .ToListAsync(cancellationToken);

    public async Task<ModuleDraft?> ModuleAsync(int id, CancellationToken cancellationToken)
    {
        var module = await db.TrainingModules.AsNoTracking().Include(m => m.Lessons).Include(m => m.Quiz).ThenInclude(q => q!.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return module is null ? null : new ModuleDraft(module.Id, module.Slug, module.Title, module.Summary, module.Minutes, module.Published,
            module.TargetPartnerKind, module.TargetRegion, module.CoverImage, module.Lessons.OrderBy(l => l.Position).ToList(), module.Quiz,
            module.Quiz?.Questions.OrderBy(q => q.Position).ToList() ?? []);
    }

    public async Task<StudioOutcome> CreateModuleAsync(int actorId, string title, string summary, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 120) return StudioOutcome.Refused("Module.TitleRequired");
        var slug = QuestionText.Slug(title);
        var taken = await db.TrainingModules.Where(m => m.Slug.StartsWith(slug)).Select(m => m.Slug).ToListAsync(cancellationToken);
        for (var n = 2; taken.Contains(slug); n++) slug = $"{QuestionText.Slug(title)}-{n}";
        return await WriteAsync(actorId, "module.create", slug, async ct =>
        {
            var module = new TrainingModule(slug, title.Trim(), (summary ?? "").Trim(), 3, published: false);
            module.AttachQuiz($"Kuis {title.Trim()}", passMarkPercent: 75, points: 100, timeLimitSeconds: 300);
            db.TrainingModules.Add(module);
            await db.SaveChangesAsync(ct);
            return module.Id;
        }, cancellationToken);
    }

    public async Task<StudioOutcome> EditModuleAsync(int actorId, int id, string title, string summary, int minutes, PartnerKind? kind, string? region, bool published, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 120) problems.Add("Module.TitleRequired");
        if (minutes is < 1 or > 60) problems.Add("Module.MinutesRange");
        if (problems.Count > 0) return new StudioOutcome(problems);
        var draft = await ModuleAsync(id, cancellationToken);
        if (draft is null) return StudioOutcome.Refused("Module.Unknown");
        // Lessons are optional: a training with only questions is a standalone quiz.
        if (published && draft.Questions.Count == 0) return StudioOutcome.Refused("Module.NotReady");
        return await WriteAsync(actorId, "module.edit", draft.Slug, async ct =>
        {
            var module = await db.TrainingModules.FoundAsync(m => m.Id == id, ct);
            module.Edit(title, summary ?? "", minutes, kind, region);
            module.Publish(published);
            await db.SaveChangesAsync(ct);
            return id;
        }, cancellationToken);
    }

    /// <param name="lessonId">null adds a lesson at the end.</param>
    public async Task<StudioOutcome> SaveLessonAsync(int actorId, int moduleId, int? lessonId, string title, string markdown, string? videoUrl, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 120) problems.Add("Lesson.TitleRequired");
        if (string.IsNullOrWhiteSpace(markdown) || markdown.Length > 20_000) problems.Add("Lesson.BodyRequired");
        videoUrl = string.IsNullOrWhiteSpace(videoUrl) ? null : videoUrl.Trim();
        if (videoUrl is not null && !(LessonMarkdown.IsSafe(videoUrl) && videoUrl.StartsWith("http", StringComparison.OrdinalIgnoreCase))) problems.Add("Lesson.VideoUrl");
        if (problems.Count > 0) return new StudioOutcome(problems);
        return await WriteAsync(actorId, "lesson.save", moduleId.ToString(CultureInfo.InvariantCulture), async ct =>
        {
            var module = await db.TrainingModules.Include(m => m.Lessons).FoundAsync(m => m.Id == moduleId, ct);
            var lesson = lessonId is null ? module.AddLesson(title.Trim(), markdown, videoUrl) : module.Lessons.Found(l => l.Id == lessonId);
            if (lessonId is not null) lesson.Edit(title, markdown, videoUrl);
            await db.SaveChangesAsync(ct);
            return lesson.Id;
        }, cancellationToken);
    }

    public Task<StudioOutcome> SetCoverAsync(int actorId, int moduleId, string name, CancellationToken cancellationToken) =>
        WriteAsync(actorId, "module.cover", moduleId.ToString(CultureInfo.InvariantCulture), async ct =>
        {
            var module = await db.TrainingModules.FoundAsync(m => m.Id == moduleId, ct);
            module.SetCover(name);
            await db.SaveChangesAsync(ct);
            return moduleId;
        }, cancellationToken);

    public Task<StudioOutcome> RemoveLessonAsync(int actorId, int moduleId, int lessonId, CancellationToken cancellationToken) =>
        WriteAsync(actorId, "lesson.remove", lessonId.ToString(CultureInfo.InvariantCulture), async ct =>
        {
            var module = await db.TrainingModules.Include(m => m.Lessons).FoundAsync(m => m.Id == moduleId, ct);
            module.RemoveLesson(module.Lessons.Found(l => l.Id == lessonId));
            await db.SaveChangesAsync(ct);
            return lessonId;
        }, cancellationToken);

    public async Task<StudioOutcome> SaveQuizAsync(int actorId, int moduleId, int passMark, int points, int timeLimitMinutes, int? drawCount, int? maxAttempts, int cooldownMinutes, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (passMark is < 1 or > 100) problems.Add("Quiz.PassMarkRange");
        if (points is < 0 or > 100_000) problems.Add("Quiz.PointsRange");
        if (timeLimitMinutes is < 1 or > 120) problems.Add("Quiz.TimeRange");
        if (drawCount is < 1 || maxAttempts is < 1 || cooldownMinutes is < 0 or > 10_080) problems.Add("Quiz.LimitsRange");
        if (problems.Count > 0) return new StudioOutcome(problems);
        return await WriteAsync(actorId, "quiz.save", moduleId.ToString(CultureInfo.InvariantCulture), async ct =>
        {
            var quiz = await db.Quizzes.FoundAsync(q => q.TrainingModuleId == moduleId, ct);
            quiz.Configure(quiz.Title, passMark, points, timeLimitMinutes * 60);
            quiz.Limit(drawCount, maxAttempts, cooldownMinutes);
            await db.SaveChangesAsync(ct);
            return quiz.Id;
        }, cancellationToken);
    }

    public async Task<StudioOutcome> AddQuestionAsync(int actorId, int moduleId, string text, string explanation, string optionLines, CancellationToken cancellationToken)
    {
        var (options, problems) = QuestionText.ParseOptions(optionLines);
        var all = problems.ToList();
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 400) all.Insert(0, "Question.TextRequired");
        if ((explanation ?? "").Length > 600) all.Add("Question.ExplanationTooLong");
        if (all.Count > 0) return new StudioOutcome(all);
        return await WriteAsync(actorId, "question.add", moduleId.ToString(CultureInfo.InvariantCulture), async ct =>
        {
            var quiz = await db.Quizzes.Include(q => q.Questions).FoundAsync(q => q.TrainingModuleId == moduleId, ct);
            var question = quiz.AddQuestion(text.Trim(), (explanation ?? "").Trim(), options.ToArray());
            await db.SaveChangesAsync(ct);
            return question.Id;
        }, cancellationToken);
    }

    public Task<StudioOutcome> RemoveQuestionAsync(int actorId, int moduleId, int questionId, CancellationToken cancellationToken) =>
        WriteAsync(actorId, "question.remove", questionId.ToString(CultureInfo.InvariantCulture), async ct =>
        {
            var quiz = await db.Quizzes.Include(q => q.Questions).ThenInclude(q => q.Options).FoundAsync(q => q.TrainingModuleId == moduleId, ct);
            quiz.RemoveQuestion(quiz.Questions.Found(q => q.Id == questionId));
            await db.SaveChangesAsync(ct);
            return questionId;
        }, cancellationToken);

    private Task<StudioOutcome> WriteAsync(int actorId, string action, string target, Func<CancellationToken, Task<int>> change, CancellationToken cancellationToken) =>
        transactions.WriteAsync(async ct =>
        {
            var id = await change(ct);
            db.AuditEntries.Add(new AuditEntry(actorId, action, "learning", target, "Studio", $"#{id}", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new StudioOutcome([], id);
        }, cancellationToken);
}
