using LoyaltyArena.Core.Notifications;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Email;

/// <summary>
/// Sends queued email. It wakes when a message is queued and polls otherwise; a failed send is
/// retried with back-off, so an SMTP outage delays mail and loses none.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
    : BackgroundService, IOutboxWaker
{
    private readonly Jobs.WakeSignal _wake = new();

    public void Wake() => _wake.Set();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(ex);
            }
            await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>
    /// Sends everything due, batch after batch, over one connection to the mail server (a broadcast to thousands opens
    /// it once), no faster than Outbox:MaxPerSecond when that is set.
    /// </summary>
    /// <returns>How many messages were handed to the mail server.</returns>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var renderer = scope.ServiceProvider.GetRequiredService<EmailRenderer>();
        var preferences = scope.ServiceProvider.GetRequiredService<MailPreferences>();
        IEmailSession? session = null;
        var pace = settings.MaxPerSecond > 0 ? TimeSpan.FromSeconds(1.0 / settings.MaxPerSecond) : TimeSpan.Zero;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sent = 0;
        try
        {
            while (true)
            {
                var messages = await outbox.DueAsync(settings.Batch, cancellationToken);
                var optedOut = await preferences.OffAsync([.. messages.Where(m => m.MemberId is not null).Select(m => m.MemberId!.Value).Distinct()], cancellationToken);
                foreach (var message in messages)
                {
                    if (!await outbox.LeaseAsync(message.Id, cancellationToken)) continue; // another instance has it
                    try
                    {
                        var email = await renderer.RenderAsync(message);
                        // A member who unsubscribed after this mail was queued does not get it.
                        if (email.Marketing is { } marketing && (optedOut.Contains(marketing) || (message.MemberId is null && !await preferences.WantsAsync(marketing.MemberId, marketing.Kind, cancellationToken))))
                        {
                            await outbox.MarkSkippedAsync(message.Id, cancellationToken);
                            continue;
                        }
                        if (pace > TimeSpan.Zero && pace * sent - clock.Elapsed is { Ticks: > 0 } wait) await Task.Delay(wait, cancellationToken);
                        session ??= await scope.ServiceProvider.GetRequiredService<IEmailSender>().OpenAsync(cancellationToken);
                        await session.SendAsync(new EmailMessage(message.Recipient, email.Subject, email.Html, email.Text, renderer.MessageIdOf(message))
                        {
                            Unsubscribe = email.Unsubscribe,
                        }, cancellationToken);
                        sent++;
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        await outbox.MarkFailedAsync(message, ex.Message, cancellationToken);
                        LogSendFailed(message.Id, message.Attempts + 1, ex.Message);
                        // A broken connection is opened afresh for the next message.
                        if (session is not null) await session.DisposeAsync();
                        session = null;
                        continue;
                    }
                    await outbox.MarkSentAsync(message.Id, cancellationToken);
                }
                if (messages.Count < settings.Batch) return sent;
            }
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
        }
    }

    [LoggerMessage(LogLevel.Error, "Outbox dispatch failed; retrying at the next poll")]
    private partial void LogDispatchFailed(Exception ex);

    [LoggerMessage(LogLevel.Warning, "Email {MessageId} not sent (attempt {Attempt}); it stays queued: {Error}")]
    private partial void LogSendFailed(long messageId, int attempt, string error);
}
