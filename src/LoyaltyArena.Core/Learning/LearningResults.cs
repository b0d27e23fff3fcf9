using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Learning;

public sealed record QuestionStat(int QuestionId, string Text, int Asked, int Right)
{
    public int RightPercent => Asked == 0 ? 0 : (int)Math.Round(100.0 * Right / Asked);
}

public sealed record QuizStats(int QuizId, string Title, string? Module, int Attempts, int Members, int PassRatePercent, int AverageScore, int CompletionPercent, IReadOnlyList<QuestionStat> Hardest);

public sealed record AttemptRow(string Member, string Email, string Store, DateTime StartedAt, DateTime? SubmittedAt, int Score, bool Passed, bool Late, int Points);

/// <summary>What marketers learn from quizzes: who tries, who passes, and which questions trip people up.</summary>
public sealed class LearningResults(ArenaDbContext db)
{
    public async Task<IReadOnlyList<QuizStats>> QuizzesAsync(CancellationToken cancellationToken)
    {
        var participants = await ParticipantsAsync(cancellationToken);
        var quizzes = await db.Quizzes.AsNoTracking().OrderBy(q => q.Id)
            .Select(q => new { q.Id, q.Title, Module = db.TrainingModules.Where(m => m.Id == q.TrainingModuleId).Select(m => m.Title).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var stats = new List<QuizStats>();
        foreach (var quiz in quizzes)
        {
            var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.QuizId == quiz.Id && a.Status != AttemptStatus.InProgress)
                .Select(a => new { a.MemberId, a.Passed, a.ScorePercent, a.QuestionIds, a.Selected }).ToListAsync(cancellationToken);
            var keys = (await db.Set<QuestionOption>().AsNoTracking().Where(o => db.Questions.Any(q => q.Id == o.QuestionId && q.QuizId == quiz.Id))
                    .Select(o => new { o.QuestionId, o.Id, o.IsCorrect }).ToListAsync(cancellationToken))
                .GroupBy(o => o.QuestionId)
                .ToDictionary(g => g.Key, g => (All: g.Select(o => o.Id).ToHashSet(), Right: g.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet()));
            var texts = await db.Questions.AsNoTracking().Where(q => q.QuizId == quiz.Id).ToDictionaryAsync(q => q.Id, q => q.Text, cancellationToken);

            var asked = new Dictionary<int, (int Asked, int Right)>();
            foreach (var attempt in attempts)
            {
                var chosen = attempt.Selected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();
                foreach (var question in attempt.QuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
                {
                    if (!keys.TryGetValue(question, out var key)) continue;
                    var right = key.Right.SetEquals(chosen.Where(key.All.Contains));
                    var (a, r) = asked.GetValueOrDefault(question);
                    asked[question] = (a + 1, r + (right ? 1 : 0));
                }
            }
            var hardest = asked.Select(x => new QuestionStat(x.Key, texts.GetValueOrDefault(x.Key, "?"), x.Value.Asked, x.Value.Right))
                .OrderBy(q => q.RightPercent).ThenByDescending(q => q.Asked).Take(5).ToList();
            var passedMembers = attempts.Where(a => a.Passed).Select(a => a.MemberId).Distinct().Count();
            stats.Add(new QuizStats(quiz.Id, quiz.Title, quiz.Module, attempts.Count, attempts.Select(a => a.MemberId).Distinct().Count(),
                attempts.Count == 0 ? 0 : (int)Math.Round(100.0 * attempts.Count(a => a.Passed) / attempts.Count),
                attempts.Count == 0 ? 0 : (int)Math.Round(attempts.Average(a => a.ScorePercent)),
                participants == 0 ? 0 : (int)Math.Round(100.0 * passedMembers / participants), hardest));
        }
        return stats;
    }

    public async Task<IReadOnlyList<AttemptRow>> AttemptsAsync(int quizId, CancellationToken cancellationToken) =>
        await db.QuizAttempts.AsNoTracking().Where(a => a.QuizId == quizId).OrderBy(a => a.Id)
            .Join(db.Members, a => a.MemberId, m => m.Id, (a, m) => new AttemptRow(m.DisplayName, m.Email ?? "", m.Partner!.Name, a.StartedAt, a.SubmittedAt,
                a.ScorePercent, a.Passed, a.Status == AttemptStatus.Late, a.PointsEarned))
            .ToListAsync(cancellationToken);

    /// <summary>Store staff and owners: the people trainings are for.</summary>
    private async Task<int> ParticipantsAsync(CancellationToken cancellationToken)
    {
        var roles = db.Roles.Where(r => r.Name == Roles.Staff || r.Name == Roles.Owner).Select(r => r.Id);
        return await db.UserRoles.Where(ur => roles.Contains(ur.RoleId)).Select(ur => ur.UserId).Distinct().CountAsync(cancellationToken);
    }
}
