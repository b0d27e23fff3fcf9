using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Notifications;

public sealed record NotificationLine(long Id, string TextKey, string[] Args, DateTime CreatedAt, bool Read, string? Link);

/// <summary>
/// Writes in-app notifications and queued emails inside the caller's transaction. A dedup key makes
/// "send once" hold even when two instances run the same job: the database keeps the first.
/// </summary>
public sealed class Notifier(ArenaDbContext db, TimeProvider clock)
{
    /// <param name="link">The page the notification is about ("/Challenges/12"); it opens when the member taps it.</param>
    public async Task<bool> NotifyAsync(int memberId, string textKey, IEnumerable<string> args, string dedupKey, CancellationToken cancellationToken, string? link = null)
    {
        var joined = string.Join('|', args.Select(a => a.Replace('|', '/')));
        var now = clock.GetUtcNow().UtcDateTime;
        var added = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Notifications" ("MemberId", "TextKey", "Args", "DedupKey", "CreatedAt", "Link")
            VALUES ({memberId}, {textKey}, {joined}, {dedupKey}, {now}, {link})
            ON CONFLICT ("DedupKey") DO NOTHING
            """, cancellationToken) == 1;
        if (added) db.Raise(new NoticeAdded(memberId));
        return added;
    }

    /// <summary>Tells every active owner of a store (someone waits for their approval).</summary>
    public async Task NotifyOwnersAsync(int partnerId, string textKey, IEnumerable<string> args, string dedupKey, CancellationToken cancellationToken, string? link = null)
    {
        var owners = await db.Members.Where(m => m.PartnerId == partnerId && m.DeactivatedAt == null)
            .Where(m => db.UserRoles.Any(ur => ur.UserId == m.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Partners.Roles.Owner)))
            .Select(m => m.Id).ToListAsync(cancellationToken);
        var list = args.ToList();
        foreach (var owner in owners) await NotifyAsync(owner, textKey, list, $"{dedupKey}:owner:{owner}", cancellationToken, link);
    }

    /// <summary>Queues an email; a member without an address (staff may have only a phone) gets none.</summary>
    public async Task<bool> EmailAsync(string template, string? recipient, string language, string payloadJson, string dedupKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(recipient)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "OutboxMessages" ("Channel", "Template", "Recipient", "Language", "PayloadJson", "DedupKey", "CreatedAt", "Attempts", "NextAttemptAt")
            VALUES ({OutboxMessage.EmailChannel}, {template}, {recipient}, {language}, {payloadJson}, {dedupKey}, {now}, 0, {now})
            ON CONFLICT ("DedupKey") DO NOTHING
            """, cancellationToken) == 1;
    }

    /// <summary>A page of the member's notifications, newest first, and whether older ones exist.</summary>
    public async Task<(IReadOnlyList<NotificationLine> Lines, bool More)> PageAsync(int memberId, int page, int size, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking().Where(n => n.MemberId == memberId).OrderByDescending(n => n.Id)
            .Skip(Math.Max(0, page - 1) * size).Take(size + 1).ToListAsync(cancellationToken);
        return (rows.Take(size).Select(n => new NotificationLine(n.Id, n.TextKey, n.ArgList, n.CreatedAt, n.ReadAt != null, n.Link)).ToList(), rows.Count > size);
    }

    /// <summary>Marks one of the member's notifications read and returns where it leads (null when it is not theirs).</summary>
    public async Task<NotificationLine?> OpenAsync(int memberId, long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.Id == id && n.MemberId == memberId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        var n = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.MemberId == memberId, cancellationToken);
        return n is null ? null : new NotificationLine(n.Id, n.TextKey, n.ArgList, n.CreatedAt, true, n.Link);
    }

    public Task<int> UnreadAsync(int memberId, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.MemberId == memberId && n.ReadAt == null, cancellationToken);

    public Task<int> MarkReadAsync(int memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notifications.Where(n => n.MemberId == memberId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}

/// <summary>A notification was written for the member (raised after commit, so the bell counts it).</summary>
public sealed record NoticeAdded(int MemberId) : Common.IDomainEvent;

public sealed class SignalNoticeAdded(ILiveSignals signals) : Common.IEventHandler<NoticeAdded>
{
    public Task HandleAsync(NoticeAdded domainEvent, CancellationToken cancellationToken) => signals.NoticesChangedAsync(domainEvent.MemberId, cancellationToken);
}
