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

    /// <summary>
    /// The same notice to many members in few statements (a broadcast, a contest launch): rows go in chunks, each keyed
    /// by <paramref name="dedupKey"/>, so a second run adds only who is missing. Returns how many were added.
    /// </summary>
    public async Task<int> NotifyManyAsync(IReadOnlyList<int> memberIds, string textKey, IEnumerable<string> args, Func<int, string> dedupKey, string? link,
        CancellationToken cancellationToken)
    {
        var joined = string.Join('|', args.Select(a => a.Replace('|', '/')));
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var chunk in memberIds.Chunk(ChunkSize))
        {
            var values = new List<object>(chunk.Length * 2 + 4) { textKey, joined, now, (object?)link ?? DBNull.Value };
            var rows = string.Join(", ", chunk.Select((m, i) =>
            {
                values.Add(m);
                values.Add(dedupKey(m));
                return $"({{{4 + i * 2}}}, {{0}}, {{1}}, {{{5 + i * 2}}}, {{2}}, {{3}})";
            }));
            var sql = $"""
                INSERT INTO "Notifications" ("MemberId", "TextKey", "Args", "DedupKey", "CreatedAt", "Link") VALUES {rows}
                ON CONFLICT ("DedupKey") DO NOTHING RETURNING "MemberId" AS "Value"
                """;
            // Only placeholders are formatted into the text; every value is a parameter.
            var inserted = await db.Database.SqlQueryRaw<int>(sql, [.. values]).ToListAsync(cancellationToken);
            foreach (var member in inserted) db.Raise(new NoticeAdded(member));
            added += inserted.Count;
        }
        return added;
    }

    /// <summary>Queues one email per recipient in chunks, keyed like <see cref="NotifyManyAsync"/>; members without an address are left out.</summary>
    public async Task<int> EmailManyAsync(string template, IEnumerable<(int MemberId, string? Email, string Language, string PayloadJson)> recipients, Func<int, string> dedupKey,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var chunk in recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email)).Chunk(ChunkSize))
        {
            var values = new List<object>(chunk.Length * 5 + 3) { OutboxMessage.EmailChannel, template, now };
            var rows = string.Join(", ", chunk.Select((r, i) =>
            {
                var at = 3 + i * 5;
                values.AddRange([r.Email!, r.Language, r.PayloadJson, dedupKey(r.MemberId), r.MemberId]);
                return $"({{0}}, {{1}}, {{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{2}}, 0, {{2}}, {{{at + 4}}}, FALSE)";
            }));
            var sql = $"""
                INSERT INTO "OutboxMessages" ("Channel", "Template", "Recipient", "Language", "PayloadJson", "DedupKey", "CreatedAt", "Attempts", "NextAttemptAt", "MemberId", "Skipped")
                VALUES {rows} ON CONFLICT ("DedupKey") DO NOTHING
                """;
            added += await db.Database.ExecuteSqlRawAsync(sql, [.. values], cancellationToken);
        }
        return added;
    }

    /// <summary>Rows per statement: well under both engines' limits on parameters.</summary>
    private const int ChunkSize = 200;

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
    /// <param name="memberId">Who it is for (the mail log filters by it); null for mail to an address that is no member yet.</param>
    public async Task<bool> EmailAsync(string template, string? recipient, string language, string payloadJson, string dedupKey, CancellationToken cancellationToken, int? memberId = null)
    {
        if (string.IsNullOrWhiteSpace(recipient)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "OutboxMessages" ("Channel", "Template", "Recipient", "Language", "PayloadJson", "DedupKey", "CreatedAt", "Attempts", "NextAttemptAt", "MemberId", "Skipped")
            VALUES ({OutboxMessage.EmailChannel}, {template}, {recipient}, {language}, {payloadJson}, {dedupKey}, {now}, 0, {now}, {memberId}, FALSE)
            ON CONFLICT ("DedupKey") DO NOTHING
            """, cancellationToken) == 1;
    }

    /// <summary>A page of the member's notifications, newest first, and whether older ones exist.</summary>
    public async Task<(IReadOnlyList<NotificationLine> Lines, bool More)> PageAsync(int memberId, int page, int size, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking().Where(n => n.MemberId == memberId).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
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
