using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Challenges;

public sealed record ContestInput(string? Title, string? Description, ContestMetric Metric, ContestScope Scope, int? ProductId, DateOnly? Starts, DateOnly? Ends,
    bool Brackets, string? Prizes, PartnerKind? PartnerKind, string? Region, string? Targets = null);

public sealed record ContestWonEmail(string MemberName, string Contest, int Place, int Points);

public sealed record ContestBoard(Contest Contest, string Bracket, IReadOnlyList<Standing> Top, Standing? Me, int Entrants);

/// <summary>Contests: written and published in Studio, ranked live, closed by the job pass once their window ends.</summary>
public sealed class ContestService(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, Notifier notifier, Audiences audiences, MailPreferences preferences,
    ProgramCalendar calendar,
    TimeProvider clock)
{
    public static List<Problem> Check(ContestInput input)
    {
        var problems = ChallengeStudio.CheckTitleAndWindow(input.Title, input.Description, input.Starts, input.Ends);
        if (!Enum.IsDefined(input.Metric) || !Enum.IsDefined(input.Scope)) problems.Add(new("metric", "Challenge.KindInvalid"));
        if (ContestRanking.ParsePrizes(input.Prizes) is null) problems.Add(new("prizes", "Contest.PrizesInvalid"));
        if (input.Metric == ContestMetric.TargetPercent && ContestRanking.ParseTargets(input.Targets) is null) problems.Add(new("targets", "Contest.TargetsInvalid"));
        return problems;
    }

    public async Task<Saved> CreateAsync(int actorId, ContestInput input, CancellationToken cancellationToken)
    {
        var problems = Check(input);
        if (problems.Count == 0 && input.ProductId is { } product && !await db.Products.AnyAsync(p => p.Id == product, cancellationToken)) problems.Add(new("productId", "Challenge.SubjectUnknown"));
        if (problems.Count > 0) return new Saved(problems);
        return await transactions.WriteAsync(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var prizes = string.Join(",", ContestRanking.ParsePrizes(input.Prizes)!);
            var contest = new Contest(input.Title!.Trim(), input.Description?.Trim() ?? "", input.Metric, input.Scope, input.Metric is ContestMetric.Units or ContestMetric.TargetPercent ? input.ProductId : null,
                calendar.StartOfDayUtc(input.Starts)!.Value, calendar.StartOfDayUtc(input.Ends!.Value.AddDays(1))!.Value, input.Brackets, prizes, now,
                ContestRanking.ParseTargets(input.Targets) is { } targets ? string.Join(",", targets) : null);
            contest.ForSegment(input.PartnerKind, input.Region);
            db.Contests.Add(contest);
            await db.SaveChangesAsync(ct);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.ContestSaved, "contest", contest.Id.ToString(CultureInfo.InvariantCulture), contest.Title,
                $"{contest.Metric}/{contest.Scope}, brackets {contest.Brackets}, prizes {prizes}", now));
            await db.SaveChangesAsync(ct);
            return Saved.Ok(contest.Id);
        }, cancellationToken);
    }

    public async Task PublishAsync(int actorId, int contestId, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var contest = await db.Contests.FoundAsync(c => c.Id == contestId, ct);
            if (contest.Status != ContestStatus.Draft) return new Done<bool>(false);
            contest.Publish();
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.ContestPublished, "contest", contestId.ToString(CultureInfo.InvariantCulture), contest.Title, "published", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            await AnnounceAsync(contest, ct);
            return new Done<bool>(true);
        }, cancellationToken);

    /// <summary>Everyone the contest is for hears of it in the app, and by email unless they turned launches off.</summary>
    private async Task AnnounceAsync(Contest contest, CancellationToken ct)
    {
        var members = await audiences.MembersAsync(new Segment(contest.TargetPartnerKind, contest.TargetRegion, null, null), null, ct);
        var ids = members.Select(m => m.Id).ToList();
        var top = contest.PrizeList.Count > 0 ? contest.PrizeList[0] : 0;
        await notifier.NotifyManyAsync(ids, "Notify.ContestLaunched", [contest.Title, top.ToString(CultureInfo.InvariantCulture)],
            m => string.Create(CultureInfo.InvariantCulture, $"contest:{contest.Id}:launch:{m}"), $"/Contests/{contest.Id}", ct);
        var off = await preferences.TurnedOffAsync(MailKind.Launches, ct);
        await notifier.EmailManyAsync(EmailTemplates.ContestLaunch, members.Where(m => !off.Contains(m.Id)).Select(m => (m.Id, m.Email, m.Language,
                System.Text.Json.JsonSerializer.Serialize(new Notifications.ContestLaunchEmail(m.Id, m.Name, contest.Id, contest.Title, contest.Description, contest.EndsAt, top)))),
            m => string.Create(CultureInfo.InvariantCulture, $"contest-mail:{contest.Id}:launch:{m}"), ct);
    }

    public async Task<IReadOnlyList<Contest>> ListAsync(bool includeDrafts, CancellationToken cancellationToken) =>
        await db.Contests.AsNoTracking().Where(c => includeDrafts || c.Status != ContestStatus.Draft).OrderByDescending(c => c.EndsAt).ToListAsync(cancellationToken);

    /// <summary>Published contests whose segment includes the member, newest end first.</summary>
    public async Task<IReadOnlyList<Contest>> ForMemberAsync(int memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.Partner!.Kind, m.Partner.Region, m.Partner.Size }).SingleAsync(cancellationToken);
        return (await ListAsync(includeDrafts: false, cancellationToken))
            .Where(c => new Segment(c.TargetPartnerKind, c.TargetRegion, null, null).Includes(member.Kind, member.Region, 0, member.Size)).ToList();
    }

    /// <summary>The board of the member's bracket, their own place, and how many are ranked; 404 when the contest is not theirs.</summary>
    public async Task<ContestBoard> BoardAsync(int contestId, int memberId, CancellationToken cancellationToken)
    {
        var contest = await db.Contests.AsNoTracking().FoundAsync(c => c.Id == contestId && c.Status != ContestStatus.Draft, cancellationToken);
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.PartnerId, m.Partner!.Kind, m.Partner.Region, m.Partner.Size }).SingleAsync(cancellationToken);
        if (!new Segment(contest.TargetPartnerKind, contest.TargetRegion, null, null).Includes(member.Kind, member.Region, 0, member.Size)) throw new NotFoundException("contest");
        var bracket = ContestRanking.BracketOf(contest.Brackets, member.Size);
        var standings = ContestRanking.Rank(await EntrantsAsync(contest, cancellationToken));
        var mine = standings.GetValueOrDefault(bracket) ?? [];
        var myId = contest.Scope == ContestScope.Store ? member.PartnerId : memberId;
        return new ContestBoard(contest, bracket, mine.Take(10).ToList(), mine.FirstOrDefault(s => s.Entrant.Id == myId), mine.Count);
    }

    /// <summary>
    /// Closes every live contest whose window has ended and pays its prizes. Two passes (or two instances) at once close
    /// a contest once: the status flip is the lock, and each prize has its own ledger key besides.
    /// </summary>
    public async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Contests.AsNoTracking().Where(c => c.Status == ContestStatus.Live && c.EndsAt <= now).Select(c => c.Id).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var id in due)
            if ((await transactions.WriteAsync(ct => CloseAsync(id, ct), cancellationToken)).Value) closed++;
        return closed;
    }

    /// <summary>For the demo's history: closes a contest as it would have closed at <paramref name="at"/>.</summary>
    internal Task CloseAsAtAsync(int contestId, DateTime at, CancellationToken ct) => CloseAsync(contestId, ct, at);

    private async Task<Done<bool>> CloseAsync(int contestId, CancellationToken ct, DateTime? at = null)
    {
        var now = at ?? clock.GetUtcNow().UtcDateTime;
        var flipped = await db.Contests.Where(c => c.Id == contestId && c.Status == ContestStatus.Live)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ContestStatus.Closed).SetProperty(c => c.ClosedAt, now), ct);
        if (flipped == 0) return new Done<bool>(false);
        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == contestId, ct);
        var prizes = contest.PrizeList;
        var ranked = ContestRanking.Rank(await EntrantsAsync(contest, ct));
        foreach (var (bracket, standings) in ranked)
        {
            foreach (var standing in standings.Where(s => s.Place <= prizes.Count))
            {
                var points = prizes[standing.Place - 1];
                var winners = contest.Scope == ContestScope.Store
                    ? await db.Members.Where(m => m.PartnerId == standing.Entrant.Id && m.DeactivatedAt == null && m.Approval == MemberApproval.Approved).Select(m => m.Id).ToListAsync(ct)
                    : [standing.Entrant.Id];
                foreach (var winner in winners)
                {
                    db.ContestAwards.Add(new ContestAward(contestId, bracket, standing.Place, winner, points, now));
                    await ledger.AppendAsync(Posting.Earn(winner, points, "contest", $"{contestId}:{bracket}:{standing.Place}", LedgerReasons.ContestPrize, contest.Title, now), ct);
                    await notifier.NotifyAsync(winner, "Notify.ContestWon", [contest.Title, standing.Place.ToString(CultureInfo.InvariantCulture), points.ToString(CultureInfo.InvariantCulture)],
                        $"contest:{contestId}:won:{winner}", ct, $"/Contests/{contestId}");
                    var who = await db.Members.AsNoTracking().Where(m => m.Id == winner).Select(m => new { m.DisplayName, m.Email, m.Language }).SingleAsync(ct);
                    await notifier.EmailAsync(EmailTemplates.ContestWon, who.Email, who.Language,
                        System.Text.Json.JsonSerializer.Serialize(new ContestWonEmail(who.DisplayName, contest.Title, standing.Place, points)), $"contest-email:{contestId}:{winner}", ct, winner);
                }
            }
        }
        await db.SaveChangesAsync(ct);
        // Everyone else who took part hears that it ended and where to see the final board.
        var entrants = ranked.SelectMany(b => b.Value).Where(s => s.Place > prizes.Count).Select(s => s.Entrant.Id).ToList();
        var others = contest.Scope == ContestScope.Store
            ? await db.Members.Where(m => entrants.Contains(m.PartnerId) && m.DeactivatedAt == null && m.Approval == MemberApproval.Approved).Select(m => m.Id).ToListAsync(ct)
            : entrants;
        await notifier.NotifyManyAsync(others, "Notify.ContestEnded", [contest.Title], m => string.Create(CultureInfo.InvariantCulture, $"contest:{contestId}:ended:{m}"),
            $"/Contests/{contestId}", ct);
        return new Done<bool>(true);
    }

    private async Task<Dictionary<int, long>> PointsAsync(DateTime from, DateTime until, CancellationToken ct) =>
        await db.LedgerEntries.AsNoTracking().Where(e => e.Qualifies && e.CreatedAt >= from && e.CreatedAt < until)
            .GroupBy(e => e.MemberId).Select(g => new { MemberId = g.Key, Score = g.Sum(e => (long)e.Amount) }).ToDictionaryAsync(s => s.MemberId, s => s.Score, ct);

    private async Task<Dictionary<int, long>> UnitsAsync(Contest contest, CancellationToken ct) =>
        await db.SaleRecords.AsNoTracking().Where(s => s.SoldAt >= contest.StartsAt && s.SoldAt < contest.EndsAt
                && (s.Review == Sales.SaleReview.None || s.Review == Sales.SaleReview.Approved) && (contest.ProductId == null || s.ProductId == contest.ProductId))
            .GroupBy(s => s.MemberId).Select(g => new { MemberId = g.Key, Score = g.Sum(s => (long)s.Quantity) }).ToDictionaryAsync(s => s.MemberId, s => s.Score, ct);

    /// <summary>Growth over the period before: a member who only held steady scores nothing (only growth is ranked).</summary>
    internal static Dictionary<int, long> Improvement(Dictionary<int, long> now, Dictionary<int, long> before) =>
        now.ToDictionary(n => n.Key, n => Math.Max(0, n.Value - before.GetValueOrDefault(n.Key)));

    /// <summary>Scores of everyone (or every store) in the contest's segment for its window.</summary>
    private async Task<IReadOnlyList<Entrant>> EntrantsAsync(Contest contest, CancellationToken ct)
    {
        var members = db.Members.AsNoTracking().Where(m => m.Approval == MemberApproval.Approved && m.Partner!.Kind != PartnerKind.Brand
            && (contest.TargetPartnerKind == null || m.Partner.Kind == contest.TargetPartnerKind) && (contest.TargetRegion == null || m.Partner.Region == contest.TargetRegion));
        var byMember = contest.Metric switch
        {
            ContestMetric.Units or ContestMetric.TargetPercent => await UnitsAsync(contest, ct),
            ContestMetric.Improvement => Improvement(await PointsAsync(contest.StartsAt, contest.EndsAt, ct), await PointsAsync(contest.StartsAt - (contest.EndsAt - contest.StartsAt), contest.StartsAt, ct)),
            _ => await PointsAsync(contest.StartsAt, contest.EndsAt, ct),
        };
        var people = await members.Select(m => new { m.Id, m.DisplayName, m.PartnerId, Store = m.Partner!.Name, m.Partner.Size }).ToListAsync(ct);
        // Against a target, the person or the store is measured by the target of its store's size.
        var targets = contest.Metric == ContestMetric.TargetPercent ? ContestRanking.ParseTargets(contest.Targets) : null;
        long Score(long raw, StoreSize? size) => targets is null ? raw : ContestRanking.TargetShare(raw, targets, size);
        return contest.Scope == ContestScope.Individual
            ? people.Select(p => new Entrant(p.Id, p.DisplayName, ContestRanking.BracketOf(contest.Brackets, p.Size), Score(byMember.GetValueOrDefault(p.Id), p.Size))).ToList()
            : people.GroupBy(p => new { p.PartnerId, p.Store, p.Size })
                .Select(g => new Entrant(g.Key.PartnerId, g.Key.Store, ContestRanking.BracketOf(contest.Brackets, g.Key.Size), Score(g.Sum(p => byMember.GetValueOrDefault(p.Id)), g.Key.Size))).ToList();
    }
}
