using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Notifications;

/// <summary>Configuration section "Outbox": retry back-off, send lease and polling interval.</summary>
public sealed class OutboxOptions
{
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxRetry { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How long one message is reserved for the instance sending it; longer than an SMTP send may take.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages read per query while draining the outbox.</summary>
    public int Batch { get; set; } = 100;

    /// <summary>The most messages per second handed to the mail server (a provider's sending limit); 0 for no limit.</summary>
    public double MaxPerSecond { get; set; }
}

/// <summary>Wakes the dispatcher when a message is queued, so a receipt goes out in seconds, not at the next poll.</summary>
public interface IOutboxWaker
{
    void Wake();
}

public sealed class Outbox(ArenaDbContext db, WriteGate gate, TimeProvider clock, OutboxOptions options)
{
    /// <summary>Messages due now, oldest first. Nothing is reserved yet: <see cref="LeaseAsync"/> takes one at a time.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> DueAsync(int batch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(batch)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Reserves one message just before it is sent, with a conditional update, so two web instances never send
    /// it at once. Only the message in flight is leased: if the sender dies mid-send, that one message is due
    /// again when its short lease runs out, and every other message is due at once.
    /// </summary>
    public async Task<bool> LeaseAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var _ = await gate.EnterAsync(cancellationToken);
        return await db.OutboxMessages
            .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, now + options.Lease), cancellationToken) == 1;
    }

    public async Task MarkSentAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var _ = await gate.EnterAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LockedUntil, (DateTime?)null)
            .SetProperty(m => m.LastError, (string?)null), cancellationToken);
    }

    /// <summary>Done without sending: the member turned this kind of mail off after it was queued.</summary>
    public async Task MarkSkippedAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var _ = await gate.EnterAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, now).SetProperty(m => m.Skipped, true).SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken);
    }

    /// <summary>A failing message is tried again now rather than at its next back-off; false when it was sent meanwhile.</summary>
    public async Task<bool> RetryNowAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var _ = await gate.EnterAsync(cancellationToken);
        return await db.OutboxMessages.Where(m => m.Id == id && m.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now), cancellationToken) == 1;
    }

    public async Task MarkFailedAsync(OutboxMessage message, string error, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var next = clock.GetUtcNow().UtcDateTime + RetryPolicy.Delay(attempts, options.FirstRetry, options.MaxRetry);
        var text = error.Length > 500 ? error[..500] : error;
        using var _ = await gate.EnterAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LockedUntil, (DateTime?)null)
            .SetProperty(m => m.LastError, text), cancellationToken);
    }

    public Task<int> PendingCountAsync(CancellationToken cancellationToken) =>
        db.OutboxMessages.CountAsync(m => m.SentAt == null, cancellationToken);
}
