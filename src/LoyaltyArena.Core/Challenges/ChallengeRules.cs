using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Referrals;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Challenges;

/// <summary>One kind of challenge: how far a member has come. Rules are found by scanning, so a new kind is one new class.</summary>
public interface IChallengeRule
{
    ChallengeKind Kind { get; }

    /// <summary>What the chosen subject of this kind must be (a module id, a quiz id...); null when any is fine.</summary>
    Task<bool> SubjectExistsAsync(ArenaDbContext db, int subjectId, CancellationToken ct);

    /// <summary>The member's progress in the challenge's window, in the challenge's unit.</summary>
    Task<int> ProgressAsync(ArenaDbContext db, Challenge challenge, int memberId, CancellationToken ct);
}

public sealed class ModulesRule : IChallengeRule
{
    public ChallengeKind Kind => ChallengeKind.Modules;

    public Task<bool> SubjectExistsAsync(ArenaDbContext db, int subjectId, CancellationToken ct) => db.TrainingModules.AnyAsync(m => m.Id == subjectId, ct);

    public async Task<int> ProgressAsync(ArenaDbContext db, Challenge c, int memberId, CancellationToken ct) =>
        await db.QuizAttempts.Where(a => a.MemberId == memberId && a.Passed && a.SubmittedAt >= c.StartsAt && a.SubmittedAt < c.EndsAt)
            .Join(db.Quizzes, a => a.QuizId, q => q.Id, (_, q) => q.TrainingModuleId)
            .Where(m => m != null && (c.SubjectId == null || m == c.SubjectId)).Distinct().CountAsync(ct);
}

public sealed class QuizzesRule : IChallengeRule
{
    public ChallengeKind Kind => ChallengeKind.Quizzes;

    public Task<bool> SubjectExistsAsync(ArenaDbContext db, int subjectId, CancellationToken ct) => db.Quizzes.AnyAsync(q => q.Id == subjectId, ct);

    public async Task<int> ProgressAsync(ArenaDbContext db, Challenge c, int memberId, CancellationToken ct) =>
        await db.QuizAttempts.Where(a => a.MemberId == memberId && a.Passed && a.SubmittedAt >= c.StartsAt && a.SubmittedAt < c.EndsAt
                && (c.SubjectId == null || a.QuizId == c.SubjectId))
            .Select(a => a.QuizId).Distinct().CountAsync(ct);
}

public sealed class SurveyRule : IChallengeRule
{
    public ChallengeKind Kind => ChallengeKind.Survey;

    public Task<bool> SubjectExistsAsync(ArenaDbContext db, int subjectId, CancellationToken ct) => db.Surveys.AnyAsync(s => s.Id == subjectId, ct);

    public async Task<int> ProgressAsync(ArenaDbContext db, Challenge c, int memberId, CancellationToken ct) =>
        await db.SurveyResponses.CountAsync(r => r.MemberId == memberId && r.SubmittedAt >= c.StartsAt && r.SubmittedAt < c.EndsAt
            && (c.SubjectId == null || r.SurveyId == c.SubjectId), ct);
}

public sealed class ProofRule : IChallengeRule
{
    public ChallengeKind Kind => ChallengeKind.Proof;

    public Task<bool> SubjectExistsAsync(ArenaDbContext db, int subjectId, CancellationToken ct) => Task.FromResult(false);

    public async Task<int> ProgressAsync(ArenaDbContext db, Challenge c, int memberId, CancellationToken ct) =>
        await db.ProofSubmissions.CountAsync(p => p.ChallengeId == c.Id && p.MemberId == memberId && p.Status == ProofStatus.Approved, ct);
}

public sealed class SalesUnitsRule : IChallengeRule
{
    public ChallengeKind Kind => ChallengeKind.SalesUnits;

    public Task<bool> SubjectExistsAsync(ArenaDbContext db, int subjectId, CancellationToken ct) => db.Products.AnyAsync(p => p.Id == subjectId, ct);

    /// <summary>Units sold in the window; a sale held for review counts once approved, a rejected one never.</summary>
    public async Task<int> ProgressAsync(ArenaDbContext db, Challenge c, int memberId, CancellationToken ct) =>
        await db.SaleRecords.Where(s => s.MemberId == memberId && s.SoldAt >= c.StartsAt && s.SoldAt < c.EndsAt
                && (s.Review == Sales.SaleReview.None || s.Review == Sales.SaleReview.Approved) && (c.SubjectId == null || s.ProductId == c.SubjectId))
            .SumAsync(s => (int?)s.Quantity, ct) ?? 0;
}

public sealed class ReferralsRule : IChallengeRule
{
    public ChallengeKind Kind => ChallengeKind.Referrals;

    public Task<bool> SubjectExistsAsync(ArenaDbContext db, int subjectId, CancellationToken ct) => Task.FromResult(false);

    public async Task<int> ProgressAsync(ArenaDbContext db, Challenge c, int memberId, CancellationToken ct) =>
        await db.Referrals.CountAsync(r => r.ReferrerId == memberId && r.QualifiedAt >= c.StartsAt && r.QualifiedAt < c.EndsAt
            && (r.Status == ReferralStatus.Rewarded || r.Status == ReferralStatus.CapReached), ct);
}

public sealed class StreakRule(Common.ProgramCalendar calendar, TimeProvider clock) : IChallengeRule
{
    public ChallengeKind Kind => ChallengeKind.Streak;

    public Task<bool> SubjectExistsAsync(ArenaDbContext db, int subjectId, CancellationToken ct) => Task.FromResult(false);

    /// <summary>The longest run of active days inside the window.</summary>
    public async Task<int> ProgressAsync(ArenaDbContext db, Challenge c, int memberId, CancellationToken ct)
    {
        var days = await Streaks.ActiveDaysAsync(db, calendar, memberId, c.StartsAt, c.EndsAt, ct);
        var today = DateOnly.FromDateTime(calendar.ToLocal(clock.GetUtcNow().UtcDateTime));
        return Streak.Of(days, today).Best;
    }
}

public static class Streaks
{
    /// <summary>The member's current and best streak as of today (the last 400 days are looked at).</summary>
    public static async Task<StreakView> ForMemberAsync(ArenaDbContext db, Common.ProgramCalendar calendar, TimeProvider clock, int memberId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var days = await ActiveDaysAsync(db, calendar, memberId, now.AddDays(-400), now.AddDays(1), ct);
        return Streak.Of(days, DateOnly.FromDateTime(calendar.ToLocal(now)));
    }

    /// <summary>The program-calendar days on which the member earned anything, between two instants.</summary>
    public static async Task<IReadOnlyList<DateOnly>> ActiveDaysAsync(ArenaDbContext db, Common.ProgramCalendar calendar, int memberId, DateTime from, DateTime until, CancellationToken ct)
    {
        var times = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.MemberId == memberId && e.Kind == Ledger.LedgerEntryKind.Earn && e.CreatedAt >= from && e.CreatedAt < until)
            .Select(e => e.CreatedAt).ToListAsync(ct);
        return Streak.DaysOf(times, calendar);
    }
}
