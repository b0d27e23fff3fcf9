using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Learning;

public sealed record ModuleCard(int Id, string Slug, string Title, string Summary, int Minutes, int? QuizId, int QuizPoints, bool Passed, int? OpenAttemptId = null, string? CoverImage = null);

public sealed record ModuleView(int Id, string Slug, string Title, string Summary, int Minutes, IReadOnlyList<LessonView> Lessons, int? QuizId, string? QuizTitle, int QuizPoints, int QuestionCount, int TimeLimitSeconds, int PassMarkPercent, bool Passed);

public sealed record LessonView(string Title, string Html, int ReadingMinutes, string? VideoUrl);

public sealed class LearningQuery(ArenaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ModuleCard>> ModulesAsync(int memberId, CancellationToken cancellationToken)
    {
        var store = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.Partner!.Kind, m.Partner.Region }).FirstOrDefaultAsync(cancellationToken);
        return store is null ? [] : await ModulesAsync(memberId, store.Kind, store.Region, cancellationToken);
    }

    /// <summary>The modules meant for a member whose store is known already.</summary>
    public async Task<IReadOnlyList<ModuleCard>> ModulesAsync(int memberId, Partners.PartnerKind kind, string region, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.TrainingModules.AsNoTracking()
            .Where(TrainingModule.OpenTo(kind, region))
            .OrderBy(m => m.Id)
            .Select(m => new ModuleCard(m.Id, m.Slug, m.Title, m.Summary, m.Minutes,
                m.Quiz == null ? null : m.Quiz.Id,
                m.Quiz == null ? 0 : m.Quiz.Points,
                db.QuizAttempts.Any(a => a.MemberId == memberId && a.Passed && a.QuizId == m.Quiz!.Id),
                db.QuizAttempts.Where(a => a.MemberId == memberId && a.QuizId == m.Quiz!.Id && a.Status == AttemptStatus.InProgress && a.Deadline > now)
                    .Select(a => (int?)a.Id).FirstOrDefault(),
                m.CoverImage))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The first module whose quiz the member has not passed yet.</summary>
    public async Task<ModuleCard?> NextAsync(int memberId, CancellationToken cancellationToken) =>
        (await ModulesAsync(memberId, cancellationToken)).FirstOrDefault(m => !m.Passed);

    /// <param name="drafts">Marketers preview unpublished modules; members only see published ones meant for them.</param>
    public async Task<ModuleView?> ModuleAsync(string slug, int memberId, bool drafts, CancellationToken cancellationToken)
    {
        var module = await db.TrainingModules.AsNoTracking()
            .Include(m => m.Lessons).Include(m => m.Quiz).ThenInclude(q => q!.Questions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Slug == slug, cancellationToken);
        if (module is null) return null;
        if (!drafts)
        {
            var store = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.Partner!.Kind, m.Partner.Region }).FirstAsync(cancellationToken);
            if (!module.Published || !module.IsFor(store.Kind, store.Region)) return null;
        }
        var quiz = module.Quiz;
        var passed = quiz is not null && await db.QuizAttempts.AnyAsync(a => a.MemberId == memberId && a.QuizId == quiz.Id && a.Passed, cancellationToken);
        return new ModuleView(module.Id, module.Slug, module.Title, module.Summary, module.Minutes,
            module.Lessons.OrderBy(l => l.Position).Select(l => new LessonView(l.Title, LessonMarkdown.ToHtml(l.Body), LessonMarkdown.ReadingMinutes(l.Body), l.VideoUrl)).ToList(),
            quiz?.Id, quiz?.Title, quiz?.Points ?? 0, quiz is null ? 0 : Math.Min(quiz.DrawCount ?? int.MaxValue, quiz.Questions.Count), quiz?.TimeLimitSeconds ?? 0, quiz?.PassMarkPercent ?? 0, passed);
    }
}
