using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Learning;

public sealed record QuizSubmission(QuizResult? Result) : IWriteOutcome
{
    public bool Succeeded => Result is not null;
}

/// <summary>Starts, shows and scores quiz attempts. Timing and scoring happen here, never in the browser.</summary>
public sealed class QuizService(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, TimeProvider clock)
{
    /// <summary>Late submissions are refused after the limit plus this allowance for a slow connection.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public async Task<int?> StartAsync(int memberId, int quizId, CancellationToken cancellationToken)
    {
        var quiz = await db.Quizzes.AsNoTracking().FirstOrDefaultAsync(q => q.Id == quizId, cancellationToken);
        if (quiz is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;

        var open = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.QuizId == quizId && a.MemberId == memberId && a.Status == AttemptStatus.InProgress && a.Deadline > now)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is not null) return open;

        var started = await transactions.WriteAsync(async ct =>
        {
            var attempt = new QuizAttempt(quizId, memberId, now, now.AddSeconds(quiz.TimeLimitSeconds));
            db.QuizAttempts.Add(attempt);
            await db.SaveChangesAsync(ct);
            return new Done<int>(attempt.Id);
        }, cancellationToken);
        return started.Value;
    }

    public async Task<QuizSheet?> SheetAsync(int attemptId, int memberId, CancellationToken cancellationToken)
    {
        var attempt = await db.QuizAttempts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attemptId && a.MemberId == memberId && a.Status == AttemptStatus.InProgress, cancellationToken);
        if (attempt is null) return null;

        var quiz = await db.Quizzes.AsNoTracking().Where(q => q.Id == attempt.QuizId)
            .Select(q => new { q.Title, q.PassMarkPercent, q.Points, Slug = db.TrainingModules.Where(m => m.Id == q.TrainingModuleId).Select(m => m.Slug).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        // Projected field by field so that IsCorrect and Explanation never leave the database before submission.
        var questions = await db.Questions.AsNoTracking().Where(q => q.QuizId == attempt.QuizId).OrderBy(q => q.Position)
            .Select(q => new SheetQuestion(q.Id, q.Position, q.Text, q.MultipleChoice,
                q.Options.OrderBy(o => o.Position).Select(o => new SheetOption(o.Id, o.Text)).ToList()))
            .ToListAsync(cancellationToken);
        return new QuizSheet(attempt.Id, quiz.Title, quiz.Slug ?? "", attempt.Deadline, quiz.PassMarkPercent, quiz.Points, questions);
    }

    public async Task<QuizResult?> SubmitAsync(int attemptId, int memberId, IReadOnlyCollection<int> selected, CancellationToken cancellationToken)
    {
        var outcome = await transactions.WriteAsync(async ct =>
        {
            var attempt = await db.QuizAttempts.Include(a => a.Quiz)
                .FirstOrDefaultAsync(a => a.Id == attemptId && a.MemberId == memberId, ct);
            if (attempt is null) return new QuizSubmission(null);
            if (attempt.Status != AttemptStatus.InProgress) return new QuizSubmission(await ResultAsync(attempt, ct));

            var quiz = attempt.Quiz!;
            var now = clock.GetUtcNow().UtcDateTime;
            var late = now > attempt.Deadline + Grace;
            var card = QuizScorer.Score(await AnswerKeysAsync(quiz.Id, ct), selected.ToHashSet(), quiz.PassMarkPercent);

            var points = 0;
            if (card.Passed && !late)
            {
                var module = await db.TrainingModules.Where(m => m.Id == quiz.TrainingModuleId).Select(m => m.Title).FirstOrDefaultAsync(ct);
                var posting = Posting.Earn(memberId, quiz.Points, "quiz", quiz.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), LedgerReasons.QuizPassed, module ?? quiz.Title);
                var posted = await ledger.AppendAsync(posting, ct);
                points = posted.Status == PostingStatus.Posted ? posted.Amount : 0;
            }

            attempt.Complete(now, card, selected, late, points);
            await db.SaveChangesAsync(ct);
            return new QuizSubmission(await ResultAsync(attempt, ct));
        }, cancellationToken);
        return outcome.Result;
    }

    public async Task<QuizResult?> ResultAsync(int attemptId, int memberId, CancellationToken cancellationToken)
    {
        var attempt = await db.QuizAttempts.AsNoTracking().Include(a => a.Quiz)
            .FirstOrDefaultAsync(a => a.Id == attemptId && a.MemberId == memberId && a.Status != AttemptStatus.InProgress, cancellationToken);
        return attempt is null ? null : await ResultAsync(attempt, cancellationToken);
    }

    private async Task<QuizResult> ResultAsync(QuizAttempt attempt, CancellationToken cancellationToken)
    {
        var quiz = attempt.Quiz!;
        var chosen = attempt.SelectedOptionIds;
        var questions = await db.Questions.AsNoTracking().Include(q => q.Options)
            .Where(q => q.QuizId == quiz.Id).OrderBy(q => q.Position).ToListAsync(cancellationToken);
        var review = questions.Select(q => new ReviewedQuestion(
                q.Text, q.Explanation,
                q.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet().SetEquals(q.Options.Where(o => chosen.Contains(o.Id)).Select(o => o.Id)),
                q.Options.OrderBy(o => o.Position).Select(o => new ReviewedOption(o.Text, o.IsCorrect, chosen.Contains(o.Id))).ToList()))
            .ToList();
        var passedBefore = await db.QuizAttempts.AnyAsync(a => a.QuizId == quiz.Id && a.MemberId == attempt.MemberId && a.Passed && a.Id < attempt.Id, cancellationToken);
        var slug = await db.TrainingModules.Where(m => m.Id == quiz.TrainingModuleId).Select(m => m.Slug).FirstOrDefaultAsync(cancellationToken);
        return new QuizResult(attempt.Id, quiz.Title, slug ?? "", attempt.CorrectCount, attempt.QuestionCount, attempt.ScorePercent,
            quiz.PassMarkPercent, attempt.Passed, attempt.Status == AttemptStatus.Late, attempt.PointsEarned, quiz.Points, passedBefore, review);
    }

    private async Task<IReadOnlyCollection<AnswerKey>> AnswerKeysAsync(int quizId, CancellationToken cancellationToken)
    {
        var options = await db.Set<QuestionOption>().AsNoTracking()
            .Where(o => db.Questions.Any(q => q.Id == o.QuestionId && q.QuizId == quizId))
            .Select(o => new { Id = o.QuestionId, OptionId = o.Id, o.IsCorrect })
            .ToListAsync(cancellationToken);
        return options.GroupBy(o => o.Id)
            .Select(g => new AnswerKey(g.Key, g.Select(o => o.OptionId).ToHashSet(), g.Where(o => o.IsCorrect).Select(o => o.OptionId).ToHashSet()))
            .ToList();
    }
}
