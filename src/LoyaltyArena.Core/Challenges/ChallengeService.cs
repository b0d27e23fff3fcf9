using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Challenges;

public enum ChallengeState
{
    /// <summary>Open to join (a join-first challenge the member has not joined).</summary>
    Open,

    InProgress,
    Done,

    /// <summary>Over (ended or past its window) without being done.</summary>
    Missed,
}

public sealed record ChallengeCard(int Id, string Title, string Description, ChallengeKind Kind, int Target, int Progress, int Points, DateTime EndsAt, ChallengeState State, bool AutoEnrol)
{
    public string? Cover { get; init; }

    public int Percent => Target <= 0 ? 0 : Math.Min(100, Progress * 100 / Target);
}

public sealed record ProofLine(long Id, DateTime CreatedAt, ProofStatus Status, string? Reason, string? Image, string? Text);

public enum ProofOutcomeStatus
{
    Sent,
    Duplicate,
    Empty,
    NotOpen,
}

/// <summary>
/// A member's challenges: which are open to them (their segment, their window), how far they are, and the award on
/// completion, paid once through the ledger (keyed by challenge and member) within the challenge's completion limit.
/// </summary>
public sealed class ChallengeService(ArenaDbContext db, ArenaTransactions transactions, IEnumerable<IChallengeRule> rules, PointsLedger ledger, Notifier notifier, ProgramCalendar calendar, TimeProvider clock)
{
    public async Task<IReadOnlyList<ChallengeCard>> ForMemberAsync(int memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = await VisibleAsync(memberId, cancellationToken);
        var progress = await db.ChallengeProgress.AsNoTracking().Where(p => p.MemberId == memberId).ToDictionaryAsync(p => p.ChallengeId, cancellationToken);
        return visible.Select(c => Card(c, progress.GetValueOrDefault(c.Id), now))
            .Where(c => c.State != ChallengeState.Missed || progress.ContainsKey(c.Id))
            .OrderBy(c => c.State).ThenBy(c => c.EndsAt).ToList();
    }

    /// <summary>For Home: the member's running challenge closest to done (one query), if they have one under way.</summary>
    public async Task<ChallengeCard?> ClosestAsync(int memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.ChallengeProgress.AsNoTracking().Where(p => p.MemberId == memberId && p.CompletedAt == null)
            .Join(db.Challenges.Where(c => c.Status == ChallengeStatus.Live && c.StartsAt <= now && c.EndsAt > now), p => p.ChallengeId, c => c.Id, (p, c) => new { p, c })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Card(r.c, r.p, now)).OrderByDescending(c => c.Percent).ThenBy(c => c.EndsAt).FirstOrDefault();
    }

    /// <summary>The challenge as this member sees it, or <see cref="NotFoundException"/> when it is not for them.</summary>
    public async Task<(ChallengeCard Card, IReadOnlyList<ProofLine> Proofs)> DetailAsync(int memberId, int challengeId, CancellationToken cancellationToken)
    {
        var challenge = (await VisibleAsync(memberId, cancellationToken)).Found(c => c.Id == challengeId);
        var progress = await db.ChallengeProgress.AsNoTracking().FirstOrDefaultAsync(p => p.MemberId == memberId && p.ChallengeId == challengeId, cancellationToken);
        var proofs = await db.ProofSubmissions.AsNoTracking().Where(p => p.ChallengeId == challengeId && p.MemberId == memberId).OrderByDescending(p => p.Id)
            .Select(p => new ProofLine(p.Id, p.CreatedAt, p.Status, p.Reason, p.Image, p.Text)).ToListAsync(cancellationToken);
        return (Card(challenge, progress, clock.GetUtcNow().UtcDateTime), proofs);
    }

    public async Task JoinAsync(int memberId, int challengeId, CancellationToken cancellationToken)
    {
        var challenge = (await VisibleAsync(memberId, cancellationToken)).Found(c => c.Id == challengeId);
        if (!challenge.IsRunning(clock.GetUtcNow().UtcDateTime)) return;
        await transactions.WriteAsync(async ct =>
        {
            await EnsureProgressAsync(challenge.Id, memberId, ct);
            return new Done<bool>(true);
        }, cancellationToken);
        await RefreshAsync(memberId, cancellationToken);
    }

    public async Task<ProofOutcomeStatus> SubmitProofAsync(int memberId, int challengeId, string? text, string? image, string? imageHash, CancellationToken cancellationToken)
    {
        var challenge = (await VisibleAsync(memberId, cancellationToken)).Found(c => c.Id == challengeId && c.Kind == ChallengeKind.Proof);
        if (!challenge.IsRunning(clock.GetUtcNow().UtcDateTime)) return ProofOutcomeStatus.NotOpen;
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (text is null && image is null) return ProofOutcomeStatus.Empty;
        if (imageHash is not null && await db.ProofSubmissions.AnyAsync(p => p.ImageHash == imageHash, cancellationToken)) return ProofOutcomeStatus.Duplicate;
        try
        {
            return (await transactions.WriteAsync(async ct =>
            {
                await EnsureProgressAsync(challengeId, memberId, ct);
                db.ProofSubmissions.Add(new ProofSubmission(challengeId, memberId, text, image, imageHash, clock.GetUtcNow().UtcDateTime));
                await db.SaveChangesAsync(ct);
                return new Done<ProofOutcomeStatus>(ProofOutcomeStatus.Sent);
            }, cancellationToken)).Value;
        }
        catch (DbUpdateException) when (imageHash is not null)
        {
            // Two sends of one photo at once: the unique hash let one through.
            db.ChangeTracker.Clear();
            return ProofOutcomeStatus.Duplicate;
        }
    }

    /// <summary>
    /// Brings the member's progress in every running challenge up to date and pays the ones now done. Safe to run any
    /// number of times: a completion is paid once, by its ledger key.
    /// </summary>
    public async Task RefreshAsync(int memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var running = (await VisibleAsync(memberId, cancellationToken)).Where(c => c.IsRunning(now)).ToList();
        if (running.Count == 0) return;
        var joined = await db.ChallengeProgress.AsNoTracking().Where(p => p.MemberId == memberId && p.CompletedAt == null).Select(p => p.ChallengeId).ToListAsync(cancellationToken);
        var done = await db.ChallengeProgress.AsNoTracking().Where(p => p.MemberId == memberId && p.CompletedAt != null).Select(p => p.ChallengeId).ToListAsync(cancellationToken);
        foreach (var challenge in running.Where(c => !done.Contains(c.Id) && (c.AutoEnrol || joined.Contains(c.Id))))
        {
            var progress = await rules.Single(r => r.Kind == challenge.Kind).ProgressAsync(db, challenge, memberId, cancellationToken);
            if (progress == 0 && !joined.Contains(challenge.Id)) continue;
            await transactions.WriteAsync(ct => AdvanceAsync(challenge, memberId, progress, ct), cancellationToken);
        }
    }

    private async Task<Done<bool>> AdvanceAsync(Challenge challenge, int memberId, int progress, CancellationToken ct)
    {
        var row = await EnsureProgressAsync(challenge.Id, memberId, ct);
        row.Advance(Math.Min(progress, challenge.Target));
        if (progress < challenge.Target || row.CompletedAt is not null)
        {
            await db.SaveChangesAsync(ct);
            return new Done<bool>(false);
        }
        if (challenge.MaxCompletions is { } max)
        {
            // Completions queue on the challenge row, so the last place is taken once.
            await db.Challenges.Where(c => c.Id == challenge.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Points, c => c.Points), ct);
            if (await db.ChallengeProgress.CountAsync(p => p.ChallengeId == challenge.Id && p.CompletedAt != null, ct) >= max)
            {
                await db.SaveChangesAsync(ct);
                return new Done<bool>(false);
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        row.Complete(now);
        await db.SaveChangesAsync(ct);
        var points = await WithinDailyCapAsync(memberId, challenge.Points, now, ct);
        var dedup = $"challenge:{challenge.Id}:done:{memberId}";
        if (points == 0)
        {
            await notifier.NotifyAsync(memberId, "Notify.ChallengeDoneCapped", [challenge.Title], dedup, ct, $"/Challenges/{challenge.Id}");
            db.Raise(new ChallengeCompleted(memberId, challenge.Id));
            return new Done<bool>(true);
        }
        var posted = await ledger.AppendAsync(Posting.Earn(memberId, points, "challenge", challenge.Id.ToString(CultureInfo.InvariantCulture),
            LedgerReasons.ChallengeCompleted, challenge.Title, now), ct);
        if (posted.Status == PostingStatus.Posted)
        {
            var key = points < challenge.Points ? "Notify.ChallengeDonePartCapped" : "Notify.ChallengeDone";
            await notifier.NotifyAsync(memberId, key, [challenge.Title, posted.Amount.ToString(CultureInfo.InvariantCulture)], dedup, ct, $"/Challenges/{challenge.Id}");
            db.Raise(new ChallengeCompleted(memberId, challenge.Id));
        }
        return new Done<bool>(true);
    }

    /// <summary>
    /// The challenge points (before the tier bonus) still allowed today under the program's daily cap. The member's wallet
    /// row is locked first, so two completions at once cannot both take the last of the allowance.
    /// </summary>
    private async Task<int> WithinDailyCapAsync(int memberId, int points, DateTime now, CancellationToken ct)
    {
        var cap = await db.ProgramRules.AsNoTracking().Select(r => r.MaxChallengePointsPerMemberDay).SingleAsync(ct);
        if (cap is null) return points;
        await ledger.LockWalletAsync(memberId, ct);
        var dayStart = calendar.StartOfDayUtc(DateOnly.FromDateTime(calendar.ToLocal(now)))!.Value;
        var today = await db.LedgerEntries.Where(e => e.MemberId == memberId && e.SourceType == "challenge" && e.Kind == LedgerEntryKind.Earn && e.CreatedAt >= dayStart)
            .SumAsync(e => (int?)e.BaseAmount, ct) ?? 0;
        return Math.Clamp(cap.Value - today, 0, points);
    }

    private async Task<ChallengeProgress> EnsureProgressAsync(int challengeId, int memberId, CancellationToken ct)
    {
        var row = await db.ChallengeProgress.FirstOrDefaultAsync(p => p.ChallengeId == challengeId && p.MemberId == memberId, ct);
        if (row is not null) return row;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ChallengeProgress" ("ChallengeId", "MemberId", "JoinedAt", "Progress")
            VALUES ({challengeId}, {memberId}, {clock.GetUtcNow().UtcDateTime}, 0)
            ON CONFLICT ("ChallengeId", "MemberId") DO NOTHING
            """, ct);
        return await db.ChallengeProgress.SingleAsync(p => p.ChallengeId == challengeId && p.MemberId == memberId, ct);
    }

    /// <summary>Live, paused and ended challenges whose segment includes the member (drafts are nobody's yet).</summary>
    private async Task<List<Challenge>> VisibleAsync(int memberId, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.Partner!.Kind, m.Partner.Region, m.Partner.Size,
                Threshold = db.MemberTiers.Where(t => t.MemberId == m.Id).Join(db.Tiers, t => t.TierId, t => t.Id, (_, t) => (int?)t.Threshold).FirstOrDefault() ?? 0,
            })
            .SingleAsync(ct);
        var challenges = await db.Challenges.AsNoTracking().Where(c => c.Status != ChallengeStatus.Draft)
            .Select(c => new { Challenge = c, MinThreshold = db.Tiers.Where(t => t.Id == c.TargetMinTierId).Select(t => (int?)t.Threshold).FirstOrDefault() })
            .ToListAsync(ct);
        return challenges.Where(c => new Segment(c.Challenge.TargetPartnerKind, c.Challenge.TargetRegion, c.MinThreshold, c.Challenge.TargetStoreSize)
            .Includes(member.Kind, member.Region, member.Threshold, member.Size)).Select(c => c.Challenge).ToList();
    }

    private static ChallengeCard Card(Challenge c, ChallengeProgress? progress, DateTime now)
    {
        var state = progress?.CompletedAt is not null ? ChallengeState.Done
            : !c.IsRunning(now) ? (c.Status == ChallengeStatus.Paused && now < c.EndsAt ? ChallengeState.InProgress : ChallengeState.Missed)
            : progress is null && !c.AutoEnrol ? ChallengeState.Open : ChallengeState.InProgress;
        return new ChallengeCard(c.Id, c.Title, c.Description, c.Kind, c.Target, progress?.Progress ?? 0, c.Points, c.EndsAt, state, c.AutoEnrol) { Cover = c.Cover };
    }
}

public sealed record ChallengeCompleted(int MemberId, int ChallengeId) : IDomainEvent;

/// <summary>Progress follows what the member does: every earning, a module finished, a quiz passed (even one worth 0 points).</summary>
public sealed class ChallengeProgressHandlers(ChallengeService challenges) :
    IEventHandler<PointsChanged>, IEventHandler<ModuleCompleted>, IEventHandler<QuizPassed>
{
    public Task HandleAsync(PointsChanged domainEvent, CancellationToken cancellationToken) =>
        domainEvent.Kind == LedgerEntryKind.Earn ? challenges.RefreshAsync(domainEvent.MemberId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(ModuleCompleted domainEvent, CancellationToken cancellationToken) => challenges.RefreshAsync(domainEvent.MemberId, cancellationToken);

    public Task HandleAsync(QuizPassed domainEvent, CancellationToken cancellationToken) =>
        domainEvent.Points == 0 ? challenges.RefreshAsync(domainEvent.MemberId, cancellationToken) : Task.CompletedTask;
}
