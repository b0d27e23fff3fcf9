using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Challenges;

public sealed record ChallengeInput(
    string? Title, string? Description, ChallengeKind Kind, int Target, int? SubjectId, int Points, DateOnly? Starts, DateOnly? Ends,
    int? MaxCompletions, bool AutoEnrol, PartnerKind? PartnerKind, string? Region, int? MinTierId, StoreSize? StoreSize);

public sealed record ChallengeLine(int Id, string Title, ChallengeKind Kind, ChallengeStatus Status, DateTime StartsAt, DateTime EndsAt, int Points, int Target, int Completed, int Joined);

/// <summary>Marketers write challenges as drafts, see the audience they reach, then publish, pause, end early or duplicate. Audited.</summary>
public sealed class ChallengeStudio(ArenaDbContext db, ArenaTransactions transactions, IEnumerable<IChallengeRule> rules, Notifier notifier, Audiences audiences,
    ProgramCalendar calendar, TimeProvider clock)
{
    public const int MaxTarget = 1_000_000;
    public const int MaxPoints = 100_000;

    /// <summary>What challenges and contests both need: a title, a short description, and a window that ends after it starts.</summary>
    public static List<Problem> CheckTitleAndWindow(string? title, string? description, DateOnly? starts, DateOnly? ends)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 120) problems.Add(new("title", "Challenge.TitleRequired"));
        if (description is { Length: > 1000 }) problems.Add(new("description", "Challenge.DescriptionTooLong"));
        if (starts is null || ends is null || !ProgramCalendar.IsSensible(starts) || !ProgramCalendar.IsSensible(ends)) problems.Add(new("starts", "Input.DateRange"));
        else if (ends < starts) problems.Add(new("ends", "Challenge.EndsBeforeStart"));
        return problems;
    }

    public static List<Problem> Check(ChallengeInput input)
    {
        var problems = CheckTitleAndWindow(input.Title, input.Description, input.Starts, input.Ends);
        if (!Enum.IsDefined(input.Kind)) problems.Add(new("kind", "Challenge.KindInvalid"));
        if (input.Target is < 1 or > MaxTarget) problems.Add(new("target", "Challenge.TargetRange"));
        if (input.Points is < 1 or > MaxPoints) problems.Add(new("points", "Challenge.PointsRange"));
        if (input.MaxCompletions is < 1 or > 1_000_000) problems.Add(new("maxCompletions", "Challenge.MaxCompletionsRange"));
        if (input.Region is { Length: > 80 }) problems.Add(new("region", "People.CityTooLong"));
        return problems;
    }

    public async Task<IReadOnlyList<ChallengeLine>> ListAsync(CancellationToken cancellationToken) =>
        await db.Challenges.AsNoTracking().OrderByDescending(c => c.Id)
            .Select(c => new ChallengeLine(c.Id, c.Title, c.Kind, c.Status, c.StartsAt, c.EndsAt, c.Points, c.Target,
                db.ChallengeProgress.Count(p => p.ChallengeId == c.Id && p.CompletedAt != null), db.ChallengeProgress.Count(p => p.ChallengeId == c.Id)))
            .ToListAsync(cancellationToken);

    public Task<Challenge?> FindAsync(int id, CancellationToken cancellationToken) => db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <param name="cover">A newly uploaded cover picture; null keeps the one the challenge has.</param>
    public async Task<Saved> SaveAsync(int actorId, int? id, ChallengeInput input, CancellationToken cancellationToken, string? cover = null)
    {
        var problems = Check(input);
        if (problems.Count == 0 && input.SubjectId is { } subject)
        {
            var rule = rules.Single(r => r.Kind == input.Kind);
            if (!await rule.SubjectExistsAsync(db, subject, cancellationToken)) problems.Add(new("subjectId", "Challenge.SubjectUnknown"));
        }
        if (problems.Count == 0 && input.MinTierId is { } tier && !await db.Tiers.AnyAsync(t => t.Id == tier, cancellationToken)) problems.Add(new("minTierId", "Challenge.TierUnknown"));
        if (problems.Count > 0) return new Saved(problems);
        return await transactions.WriteAsync(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var (starts, ends) = (calendar.StartOfDayUtc(input.Starts)!.Value, calendar.StartOfDayUtc(input.Ends!.Value.AddDays(1))!.Value);
            var challenge = id is { } existing ? await db.Challenges.FoundAsync(c => c.Id == existing, ct) : null;
            // Members are already working on a live challenge; changing its terms under them would be unfair.
            if (challenge?.Status is ChallengeStatus.Live or ChallengeStatus.Ended) return Saved.Refused("", "Challenge.Locked");
            if (challenge is null)
            {
                challenge = new Challenge(input.Title!.Trim(), input.Description?.Trim() ?? "", input.Kind, input.Target, input.SubjectId, input.Points, starts, ends, now);
                db.Challenges.Add(challenge);
            }
            challenge.Describe(input.Title!, input.Description ?? "", input.Kind, input.Target, input.SubjectId, input.Points, starts, ends, input.MaxCompletions, input.AutoEnrol);
            challenge.ForSegment(input.PartnerKind, input.Region, input.MinTierId, input.StoreSize);
            if (cover is not null) challenge.ShowCover(cover);
            await db.SaveChangesAsync(ct);
            Audit(actorId, challenge, AuditActions.ChallengeSaved, $"{challenge.Kind} x{challenge.Target} for {challenge.Points} points, {input.Starts:yyyy-MM-dd}..{input.Ends:yyyy-MM-dd}");
            await db.SaveChangesAsync(ct);
            return Saved.Ok(challenge.Id);
        }, cancellationToken);
    }

    /// <summary>How many active members the segment reaches, shown before publishing.</summary>
    public async Task<int> AudienceAsync(int challengeId, CancellationToken cancellationToken)
    {
        var challenge = await db.Challenges.AsNoTracking().FoundAsync(c => c.Id == challengeId, cancellationToken);
        return (await AudienceIdsAsync(challenge, cancellationToken)).Count;
    }

    public async Task MoveAsync(int actorId, int challengeId, ChallengeStatus status, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var challenge = await db.Challenges.FoundAsync(c => c.Id == challengeId, ct);
            var from = challenge.Status;
            if (from == status || from == ChallengeStatus.Ended) return new Done<bool>(false);
            challenge.Move(status);
            Audit(actorId, challenge, AuditActions.ChallengeMoved, $"{from} -> {status}");
            await db.SaveChangesAsync(ct);
            // A launch reaches its audience at once, in the app; a resumed one told them already.
            if (status == ChallengeStatus.Live && from == ChallengeStatus.Draft)
                foreach (var member in await AudienceIdsAsync(challenge, ct))
                    await notifier.NotifyAsync(member, "Notify.ChallengeLaunched", [challenge.Title, challenge.Points.ToString(CultureInfo.InvariantCulture)], $"challenge:{challenge.Id}:launch:{member}", ct, $"/Challenges/{challenge.Id}");
            return new Done<bool>(true);
        }, cancellationToken);

    public async Task<int> DuplicateAsync(int actorId, int challengeId, CancellationToken cancellationToken) =>
        (await transactions.WriteAsync(async ct =>
        {
            var source = await db.Challenges.AsNoTracking().FoundAsync(c => c.Id == challengeId, ct);
            var copy = new Challenge(source.Title, source.Description, source.Kind, source.Target, source.SubjectId, source.Points, source.StartsAt, source.EndsAt, clock.GetUtcNow().UtcDateTime);
            copy.Describe(source.Title, source.Description, source.Kind, source.Target, source.SubjectId, source.Points, source.StartsAt, source.EndsAt, source.MaxCompletions, source.AutoEnrol);
            copy.ForSegment(source.TargetPartnerKind, source.TargetRegion, source.TargetMinTierId, source.TargetStoreSize);
            copy.ShowCover(source.Cover);
            db.Challenges.Add(copy);
            await db.SaveChangesAsync(ct);
            Audit(actorId, copy, AuditActions.ChallengeSaved, $"copy of challenge {challengeId}");
            await db.SaveChangesAsync(ct);
            return new Done<int>(copy.Id);
        }, cancellationToken)).Value;

    private async Task<List<int>> AudienceIdsAsync(Challenge challenge, CancellationToken ct) =>
        (await audiences.MembersAsync(await SegmentOfAsync(db, challenge, ct), null, ct)).Select(m => m.Id).ToList();

    internal static async Task<Segment> SegmentOfAsync(ArenaDbContext db, Challenge challenge, CancellationToken ct)
    {
        var threshold = challenge.TargetMinTierId is { } tier ? await db.Tiers.Where(t => t.Id == tier).Select(t => (int?)t.Threshold).FirstOrDefaultAsync(ct) : null;
        return new Segment(challenge.TargetPartnerKind, challenge.TargetRegion, threshold, challenge.TargetStoreSize);
    }

    private void Audit(int actorId, Challenge challenge, string action, string details) =>
        db.AuditEntries.Add(new AuditEntry(actorId, action, "challenge", challenge.Id.ToString(CultureInfo.InvariantCulture), challenge.Title, details, clock.GetUtcNow().UtcDateTime));
}
