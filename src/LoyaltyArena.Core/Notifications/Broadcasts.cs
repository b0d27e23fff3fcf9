using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Notifications;

public sealed record BroadcastInput(string? Title, string? Body, string? Link, PartnerKind? PartnerKind, string? Region, int? MinTierId, StoreSize? StoreSize,
    Activity? Activity, DateTime? SendAt);

/// <summary>Who a broadcast would reach right now: everyone in the app, and how many of them by email.</summary>
public sealed record BroadcastAudience(int Members, int Emails);

/// <summary>A broadcast as Studio lists it: reached in the app, opened there, and its email sent and failing.</summary>
public sealed record BroadcastLine(int Id, string Title, DateTime SendAt, DateTime? SentAt, int Recipients, int Opened, int EmailsQueued, int EmailsSent, int EmailsFailing);

public sealed partial class Broadcasts(ArenaDbContext db, ArenaTransactions transactions, Audiences audiences, MailPreferences preferences, Notifier notifier, IBroadcastWaker waker, TimeProvider clock)
{
    /// <summary>How long one instance holds a broadcast it is delivering before another may take it over.</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);

    /// <summary>Members per transaction while delivering, so a big audience never holds the database for long.</summary>
    public const int Chunk = 500;

    public static List<Problem> Check(BroadcastInput input, DateTime now)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 120) problems.Add(new("title", "Broadcast.TitleRequired"));
        if (string.IsNullOrWhiteSpace(input.Body)) problems.Add(new("body", "Broadcast.BodyRequired"));
        else if (input.Body.Length > 4000) problems.Add(new("body", "Broadcast.BodyTooLong"));
        if (input.Link is { Length: > 0 } link && (link.Length > 200 || !AppLink().IsMatch(link))) problems.Add(new("link", "Broadcast.LinkInvalid"));
        if (input.Region is { Length: > 80 }) problems.Add(new("region", "People.CityTooLong"));
        if (input.SendAt is { } at && (at < now.AddMinutes(-5) || at > now.AddDays(90))) problems.Add(new("sendAt", "Broadcast.SendAtRange"));
        return problems;
    }

    public async Task<BroadcastAudience> AudienceAsync(BroadcastInput input, CancellationToken cancellationToken)
    {
        var members = await audiences.MembersAsync(await audiences.SegmentAsync(input.PartnerKind, input.Region, input.MinTierId, input.StoreSize, cancellationToken),
            input.Activity, cancellationToken);
        var ids = members.Where(m => m.Email is not null).Select(m => m.Id).ToList();
        var off = await preferences.TurnedOffAsync(MailKind.Announcements, cancellationToken);
        return new BroadcastAudience(members.Count, ids.Except(off).Count());
    }

    /// <summary>Saves the broadcast to go out at its time (now when none); the broadcast pass delivers it, not this request.</summary>
    public async Task<Saved> ScheduleAsync(int actorId, BroadcastInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problems = Check(input, now);
        if (problems.Count > 0) return new Saved(problems);
        var saved = await transactions.WriteAsync(async ct =>
        {
            var broadcast = new Broadcast(input.Title!.Trim(), input.Body!.Trim(), input.Link is { Length: > 0 } l ? l : null, actorId, now,
                input.SendAt is { } at && at > now ? at : now);
            broadcast.ForSegment(input.PartnerKind, input.Region, input.MinTierId, input.StoreSize, input.Activity);
            db.Broadcasts.Add(broadcast);
            await db.SaveChangesAsync(ct);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.BroadcastScheduled, "broadcast", broadcast.Id.ToString(CultureInfo.InvariantCulture), broadcast.Title,
                broadcast.SendAt.ToString("u", CultureInfo.InvariantCulture), now));
            await db.SaveChangesAsync(ct);
            return Saved.Ok(broadcast.Id);
        }, cancellationToken);
        waker.Wake();
        return saved;
    }

    /// <summary>Cancels a broadcast that has not gone out yet.</summary>
    public async Task<bool> CancelAsync(int actorId, int id, CancellationToken cancellationToken) =>
        (await transactions.WriteAsync(async ct =>
        {
            var removed = await db.Broadcasts.Where(b => b.Id == id && b.SentAt == null && b.ClaimedUntil == null).ExecuteDeleteAsync(ct) == 1;
            if (removed) db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.BroadcastCancelled, "broadcast", id.ToString(CultureInfo.InvariantCulture), "", "", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(removed);
        }, cancellationToken)).Value;

    /// <summary>
    /// Delivers every broadcast that is due: claims it (so another instance leaves it), adds the notices and queues the
    /// emails chunk by chunk, each keyed per member, so a pass cut short and run again reaches only who is missing.
    /// </summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Broadcasts.AsNoTracking().Where(b => b.SentAt == null && b.SendAt <= now && (b.ClaimedUntil == null || b.ClaimedUntil < now))
            .OrderBy(b => b.SendAt).Select(b => b.Id).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var id in due)
        {
            var claimed = await transactions.WriteAsync(async ct => new Done<bool>(await db.Broadcasts
                .Where(b => b.Id == id && b.SentAt == null && (b.ClaimedUntil == null || b.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ClaimedUntil, now + Claim), ct) == 1), cancellationToken);
            if (!claimed.Value) continue;
            await DeliverAsync(await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == id, cancellationToken), cancellationToken);
            delivered++;
        }
        return delivered;
    }

    private async Task DeliverAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        var segment = await audiences.SegmentAsync(broadcast.TargetPartnerKind, broadcast.TargetRegion, broadcast.TargetMinTierId, broadcast.TargetStoreSize, cancellationToken);
        var members = await audiences.MembersAsync(segment, broadcast.TargetActivity, cancellationToken);
        var off = await preferences.TurnedOffAsync(MailKind.Announcements, cancellationToken);
        var link = $"/Announcements/{broadcast.Id}";
        foreach (var chunk in members.Chunk(Chunk))
        {
            await transactions.WriteAsync(async ct =>
            {
                await notifier.NotifyManyAsync([.. chunk.Select(m => m.Id)], "Notify.Announcement", [broadcast.Title], m => Broadcast.NoticeKey(broadcast.Id, m), link, ct);
                await notifier.EmailManyAsync(EmailTemplates.Announcement, chunk.Where(m => !off.Contains(m.Id)).Select(m => (m.Id, m.Email, m.Language,
                    JsonSerializer.Serialize(new AnnouncementEmail(m.Id, m.Name, broadcast.Id, broadcast.Title, broadcast.Body, broadcast.Link)))),
                    m => Broadcast.MailKey(broadcast.Id, m), ct);
                return new Done<bool>(true);
            }, cancellationToken);
        }
        var (noticePrefix, mailPrefix) = (Broadcast.NoticePrefix(broadcast.Id), Broadcast.MailPrefix(broadcast.Id));
        var recipients = await db.Notifications.CountAsync(n => n.DedupKey!.StartsWith(noticePrefix), cancellationToken);
        var emails = await db.OutboxMessages.CountAsync(o => o.DedupKey.StartsWith(mailPrefix), cancellationToken);
        var sentAt = clock.GetUtcNow().UtcDateTime;
        await transactions.WriteAsync(async ct => new Done<int>(await db.Broadcasts.Where(b => b.Id == broadcast.Id).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.SentAt, sentAt).SetProperty(b => b.ClaimedUntil, (DateTime?)null)
            .SetProperty(b => b.Recipients, recipients).SetProperty(b => b.Emails, emails), ct)), cancellationToken);
    }

    public async Task<IReadOnlyList<BroadcastLine>> ListAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await db.Broadcasts.AsNoTracking().OrderByDescending(b => b.SendAt).ThenByDescending(b => b.Id).Take(take).ToListAsync(cancellationToken);
        var lines = new List<BroadcastLine>(rows.Count);
        foreach (var b in rows)
        {
            var (noticePrefix, mailPrefix) = (Broadcast.NoticePrefix(b.Id), Broadcast.MailPrefix(b.Id));
            var opened = await db.Notifications.CountAsync(n => n.DedupKey!.StartsWith(noticePrefix) && n.ReadAt != null, cancellationToken);
            var mail = await db.OutboxMessages.Where(o => o.DedupKey.StartsWith(mailPrefix))
                .GroupBy(o => 1).Select(g => new { Sent = g.Count(o => o.SentAt != null && !o.Skipped), Failing = g.Count(o => o.SentAt == null && o.LastError != null) })
                .FirstOrDefaultAsync(cancellationToken);
            lines.Add(new BroadcastLine(b.Id, b.Title, b.SendAt, b.SentAt, b.Recipients, opened, b.Emails, mail?.Sent ?? 0, mail?.Failing ?? 0));
        }
        return lines;
    }

    /// <summary>What an announcement can point to: live challenges, published modules, open contests and rewards.</summary>
    public async Task<IReadOnlyList<(string Group, string Path, string Label)>> LinkChoicesAsync(CancellationToken cancellationToken)
    {
        var choices = new List<(string, string, string)>();
        foreach (var c in await db.Challenges.AsNoTracking().Where(c => c.Status == Challenges.ChallengeStatus.Live).OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken))
            choices.Add(("challenge", $"/Challenges/{c.Id}", c.Title));
        foreach (var m in await db.TrainingModules.AsNoTracking().Where(m => m.Published).OrderBy(m => m.Title).Select(m => new { m.Slug, m.Title }).ToListAsync(cancellationToken))
            choices.Add(("module", $"/Learning/Module/{m.Slug}", m.Title));
        foreach (var c in await db.Contests.AsNoTracking().Where(c => c.Status == Challenges.ContestStatus.Live).OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken))
            choices.Add(("contest", $"/Contests/{c.Id}", c.Title));
        foreach (var r in await db.Rewards.AsNoTracking().Where(r => r.Stock > 0).OrderBy(r => r.Cost).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken))
            choices.Add(("reward", $"/Rewards/Redeem/{r.Id}", r.Name));
        return choices;
    }

    /// <summary>The announcement a member was sent; 404 for anyone it did not reach.</summary>
    public async Task<Broadcast> ForMemberAsync(int id, int memberId, CancellationToken cancellationToken)
    {
        var key = Broadcast.NoticeKey(id, memberId);
        if (!await db.Notifications.AnyAsync(n => n.DedupKey == key && n.MemberId == memberId, cancellationToken)) throw new NotFoundException("broadcast");
        return await db.Broadcasts.AsNoTracking().FoundAsync(b => b.Id == id, cancellationToken);
    }

    /// <summary>A path inside the app: a challenge, a module, a reward, a contest or one of their lists.</summary>
    [GeneratedRegex(@"^/(Challenges|Contests|Learning|Rewards|Leaderboards|Referrals|Badges)(/[A-Za-z0-9_-]+){0,2}$")]
    private static partial Regex AppLink();
}

/// <summary>Wakes the broadcast pass when a broadcast is saved to go out now.</summary>
public interface IBroadcastWaker
{
    void Wake();
}
