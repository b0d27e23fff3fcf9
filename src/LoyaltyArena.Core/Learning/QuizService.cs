using System.Globalization;
using System.Security.Cryptography;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Learning;

public sealed record QuizSubmission(QuizResult? Result) : IWriteOutcome
{
    public bool Succeeded => Result is not null;
}

/// <summary>
/// Starts, steps through and scores quiz attempts. The paper is drawn, timed and scored here, never in
/// the browser: pages only ever see one question and its options, without the answer key.
/// </summary>
public sealed class QuizService(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, Notifications.Notifier notifier, TimeProvider clock)
{
    /// <summary>Late submissions are refused after the limit plus this allowance for a slow connection.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private async Task<bool> IsOpenToAsync(int moduleId, int memberId, CancellationToken cancellationToken)
    {
        var store = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.Partner!.Kind, m.Partner.Region }).FirstOrDefaultAsync(cancellationToken);
        if (store is null) return false;
        return await db.TrainingModules.Where(m => m.Id == moduleId).AnyAsync(TrainingModule.OpenTo(store.Kind, store.Region), cancellationToken);
    }

    public async Task<StartOutcome> StartAsync(int memberId, int quizId, CancellationToken cancellationToken)
    {
        var quiz = await db.Quizzes.AsNoTracking().FirstOrDefaultAsync(q => q.Id == quizId, cancellationToken);
        // A draft module's quiz, or one meant for another segment, cannot be started, whatever a hand-made request says:
        // the same rule as the list of trainings a member sees.
        if (quiz is null || (quiz.TrainingModuleId is { } moduleId && !await IsOpenToAsync(moduleId, memberId, cancellationToken)))
            return new StartOutcome(null, new StartCheck(StartRefusal.None));
        var now = clock.GetUtcNow().UtcDateTime;

        var open = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.QuizId == quizId && a.MemberId == memberId && a.Status == AttemptStatus.InProgress && a.Deadline > now)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is not null) return new StartOutcome(open, new StartCheck(StartRefusal.None));

        var history = await db.QuizAttempts.AsNoTracking().Where(a => a.QuizId == quizId && a.MemberId == memberId)
            .Select(a => new { a.Passed, a.SubmittedAt, a.Status }).ToListAsync(cancellationToken);
        var lastFailed = history.Where(a => a.Status != AttemptStatus.InProgress && !a.Passed).Max(a => a.SubmittedAt);
        var check = AttemptPolicy.CanStart(history.Count, quiz.MaxAttempts, lastFailed, quiz.CooldownMinutes, now);
        if (!check.Allowed) return new StartOutcome(null, check);

        var pool = await db.Questions.AsNoTracking().Where(q => q.QuizId == quizId).Select(q => q.Id).ToListAsync(cancellationToken);
        var seed = RandomNumberGenerator.GetInt32(int.MaxValue);
        try
        {
            var started = await transactions.WriteAsync(async ct =>
            {
                // An attempt left open past its deadline counts as a late one; then the new one is the only open attempt.
                await db.QuizAttempts.Where(a => a.QuizId == quizId && a.MemberId == memberId && a.Status == AttemptStatus.InProgress && a.Deadline <= now)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AttemptStatus.Late).SetProperty(a => a.SubmittedAt, a => (DateTime?)a.Deadline), ct);
                var attempt = new QuizAttempt(quizId, memberId, now, now.AddSeconds(quiz.TimeLimitSeconds), seed, QuizDraw.Questions(pool, quiz.DrawCount, seed));
                db.QuizAttempts.Add(attempt);
                await db.SaveChangesAsync(ct);
                return new Done<int>(attempt.Id);
            }, cancellationToken);
            return new StartOutcome(started.Value, check);
        }
        catch (DbUpdateException)
        {
            // Another tap started it at the same moment; the database keeps one open attempt, and this request joins it.
            db.ChangeTracker.Clear();
            var other = await db.QuizAttempts.AsNoTracking()
                .Where(a => a.QuizId == quizId && a.MemberId == memberId && a.Status == AttemptStatus.InProgress)
                .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (other is null) throw;
            return new StartOutcome(other, check);
        }
    }

    /// <summary>One question of an open attempt; projected field by field so IsCorrect and the explanation never leave the database.</summary>
    public async Task<QuizStep?> StepAsync(int attemptId, int memberId, int index, CancellationToken cancellationToken)
    {
        var attempt = await db.QuizAttempts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attemptId && a.MemberId == memberId && a.Status == AttemptStatus.InProgress, cancellationToken);
        if (attempt is null) return null;
        var paper = attempt.Paper;
        index = Math.Clamp(index, 0, paper.Count - 1);
        var questionId = paper[index];

        var quiz = await db.Quizzes.AsNoTracking().Where(q => q.Id == attempt.QuizId)
            .Select(q => new { q.Title, q.PassMarkPercent, q.Points, Slug = db.TrainingModules.Where(m => m.Id == q.TrainingModuleId).Select(m => m.Slug).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var question = await db.Questions.AsNoTracking().Where(q => q.Id == questionId)
            .Select(q => new { q.Id, q.Text, q.MultipleChoice, Options = q.Options.Select(o => new SheetOption(o.Id, o.Text)).ToList() })
            .SingleAsync(cancellationToken);
        var order = QuizDraw.Options(question.Options.Select(o => o.Id).ToList(), question.Id, attempt.Seed);
        var options = order.Select(id => question.Options.Single(o => o.Id == id)).ToList();
        var answers = attempt.AnswerMap;
        return new QuizStep(attempt.Id, quiz.Title, quiz.Slug ?? "", attempt.Deadline, quiz.PassMarkPercent, quiz.Points, index, paper.Count,
            answers.Count(a => a.Value.Count > 0), new SheetQuestion(question.Id, index + 1, question.Text, question.MultipleChoice, options),
            answers.GetValueOrDefault(question.Id) ?? new HashSet<int>());
    }

    /// <summary>Keeps the answer to one question while the member moves between screens.</summary>
    public async Task<bool> AnswerAsync(int attemptId, int memberId, int questionId, IReadOnlyCollection<int> selected, CancellationToken cancellationToken)
    {
        var saved = await transactions.WriteAsync(async ct =>
        {
            var attempt = await db.QuizAttempts.FirstOrDefaultAsync(a => a.Id == attemptId && a.MemberId == memberId && a.Status == AttemptStatus.InProgress, ct);
            if (attempt is null) return new Done<bool>(false);
            attempt.SaveAnswer(questionId, selected);
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);
        return saved.Value;
    }

    /// <summary>Scores the attempt; <paramref name="selected"/> (a whole-paper form) is saved first when given.</summary>
    public async Task<QuizResult?> SubmitAsync(int attemptId, int memberId, IReadOnlyDictionary<int, IReadOnlyCollection<int>>? selected, CancellationToken cancellationToken)
    {
        var outcome = await transactions.WriteAsync(async ct =>
        {
            var attempt = await db.QuizAttempts.Include(a => a.Quiz)
                .FirstOrDefaultAsync(a => a.Id == attemptId && a.MemberId == memberId, ct);
            if (attempt is null) return new QuizSubmission(null);
            if (attempt.Status != AttemptStatus.InProgress) return new QuizSubmission(await ResultAsync(attempt, ct));
            foreach (var (question, options) in selected ?? new Dictionary<int, IReadOnlyCollection<int>>()) attempt.SaveAnswer(question, options);

            var quiz = attempt.Quiz!;
            var now = clock.GetUtcNow().UtcDateTime;
            var late = now > attempt.Deadline + Grace;
            var chosen = attempt.AnswerMap.Values.SelectMany(v => v).ToHashSet();
            var card = QuizScorer.Score(await AnswerKeysAsync(attempt.Paper, ct), chosen, quiz.PassMarkPercent);

            var points = 0;
            if (card.Passed && !late)
            {
                var module = await db.TrainingModules.Where(m => m.Id == quiz.TrainingModuleId).Select(m => m.Title).FirstOrDefaultAsync(ct);
                // A practice quiz (0 points) earns nothing, but its first pass still completes the training.
                var firstPass = quiz.Points > 0
                    ? (await ledger.AppendAsync(Posting.Earn(memberId, quiz.Points, "quiz", quiz.Id.ToString(CultureInfo.InvariantCulture), LedgerReasons.QuizPassed, module ?? quiz.Title), ct)) is
                        { Status: PostingStatus.Posted } posted ? posted.Amount : (int?)null
                    : await db.QuizAttempts.AnyAsync(a => a.QuizId == quiz.Id && a.MemberId == memberId && a.Passed, ct) ? null : 0;
                if (firstPass is { } earned)
                {
                    points = earned;
                    await notifier.NotifyAsync(memberId, "Notify.QuizPassed", [module ?? quiz.Title, points.ToString(CultureInfo.InvariantCulture)],
                        $"quiz-pass:{quiz.Id}:{memberId}", ct, "/Learning");
                    db.Raise(new QuizPassed(memberId, quiz.Id, attempt.Id, points));
                    if (quiz.TrainingModuleId is { } moduleId) db.Raise(new ModuleCompleted(memberId, moduleId));
                }
            }

            attempt.Complete(now, card, chosen, late, points);
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
        var paper = attempt.Paper;
        var questions = (await db.Questions.AsNoTracking().Include(q => q.Options).Where(q => paper.Contains(q.Id)).ToListAsync(cancellationToken))
            .OrderBy(q => paper.ToList().IndexOf(q.Id)).ToList();
        var passedBefore = await db.QuizAttempts.AnyAsync(a => a.QuizId == quiz.Id && a.MemberId == attempt.MemberId && a.Passed && a.Id < attempt.Id, cancellationToken);
        var used = await db.QuizAttempts.CountAsync(a => a.QuizId == quiz.Id && a.MemberId == attempt.MemberId, cancellationToken);
        var shown = attempt.Passed || passedBefore || (quiz.MaxAttempts is { } max && used >= max);
        var review = questions.Select(q => new ReviewedQuestion(
                q.Text, shown ? q.Explanation : "",
                q.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet().SetEquals(q.Options.Where(o => chosen.Contains(o.Id)).Select(o => o.Id)),
                QuizDraw.Options(q.Options.Select(o => o.Id).ToList(), q.Id, attempt.Seed)
                    .Select(id => q.Options.Single(o => o.Id == id))
                    .Select(o => new ReviewedOption(o.Text, shown && o.IsCorrect, chosen.Contains(o.Id))).ToList()))
            .ToList();
        var slug = await db.TrainingModules.Where(m => m.Id == quiz.TrainingModuleId).Select(m => m.Slug).FirstOrDefaultAsync(cancellationToken);
        return new QuizResult(attempt.Id, quiz.Title, slug ?? "", attempt.CorrectCount, attempt.QuestionCount, attempt.ScorePercent,
            quiz.PassMarkPercent, attempt.Passed, attempt.Status == AttemptStatus.Late, attempt.PointsEarned, quiz.Points, passedBefore, review) { AnswersShown = shown };
    }

    private async Task<IReadOnlyCollection<AnswerKey>> AnswerKeysAsync(IReadOnlyList<int> paper, CancellationToken cancellationToken)
    {
        var options = await db.Set<QuestionOption>().AsNoTracking()
            .Where(o => paper.Contains(o.QuestionId))
            .Select(o => new { Id = o.QuestionId, OptionId = o.Id, o.IsCorrect })
            .ToListAsync(cancellationToken);
        return options.GroupBy(o => o.Id)
            .Select(g => new AnswerKey(g.Key, g.Select(o => o.OptionId).ToHashSet(), g.Where(o => o.IsCorrect).Select(o => o.OptionId).ToHashSet()))
            .ToList();
    }
}
