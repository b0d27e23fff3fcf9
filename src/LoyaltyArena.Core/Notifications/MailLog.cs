using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Notifications;

public sealed record MailLogFilter(string? Template, OutboxState? State, string? Who);

public sealed record MailLogLine(long Id, string Template, string Recipient, string? MemberName, int? MemberId, DateTime CreatedAt, DateTime? SentAt, int Attempts,
    DateTime NextAttemptAt, string? LastError, OutboxState State);

/// <summary>Studio's view of the outbox: what was queued, sent, skipped or keeps failing, and a retry for the failing ones.</summary>
public sealed class MailLog(ArenaDbContext db, Outbox outbox, IOutboxWaker waker, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<MailLogLine> Lines, bool More)> PageAsync(MailLogFilter filter, int page, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (filter.Template is { Length: > 0 } template) query = query.Where(m => m.Template == template);
        query = filter.State switch
        {
            OutboxState.Queued => query.Where(m => m.SentAt == null && m.LastError == null),
            OutboxState.Failing => query.Where(m => m.SentAt == null && m.LastError != null),
            OutboxState.Sent => query.Where(m => m.SentAt != null && !m.Skipped),
            OutboxState.Skipped => query.Where(m => m.Skipped),
            _ => query,
        };
        if (filter.Who?.Trim() is { Length: > 0 } who)
        {
            var pattern = $"%{who.ToUpperInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            query = query.Where(m => EF.Functions.Like(m.Recipient.ToUpper(), pattern)
                || db.Members.Any(x => x.Id == m.MemberId && EF.Functions.Like(x.DisplayName.ToUpper(), pattern)));
        }
        var rows = await query.OrderByDescending(m => m.Id).Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize + 1)
            .Select(m => new
            {
                Message = m,
                Name = db.Members.Where(x => x.Id == m.MemberId).Select(x => x.DisplayName).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        return (rows.Take(PageSize).Select(r => new MailLogLine(r.Message.Id, r.Message.Template, r.Message.Recipient, r.Name, r.Message.MemberId, r.Message.CreatedAt,
            r.Message.SentAt, r.Message.Attempts, r.Message.NextAttemptAt, r.Message.LastError, r.Message.State)).ToList(), rows.Count > PageSize);
    }

    public async Task<bool> RetryAsync(int actorId, long id, CancellationToken cancellationToken)
    {
        if (!await outbox.RetryNowAsync(id, cancellationToken)) return false;
        db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.MailRetried, "mail", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "",
            clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        waker.Wake();
        return true;
    }
}
