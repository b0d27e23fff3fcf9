using System.Threading.Channels;
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
    private const int Batch = 20;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == Batch) { }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(ex);
            }
            await WaitForWorkAsync(stoppingToken);
        }
    }

    /// <returns>How many messages were due (a full batch means more may wait).</returns>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var renderer = scope.ServiceProvider.GetRequiredService<EmailRenderer>();
        var messages = await outbox.DueAsync(Batch, cancellationToken);
        if (messages.Count == 0) return 0;

        await using var session = await scope.ServiceProvider.GetRequiredService<IEmailSender>().OpenAsync(cancellationToken);
        foreach (var message in messages)
        {
            if (!await outbox.LeaseAsync(message.Id, cancellationToken)) continue; // another instance has it
            try
            {
                var email = await renderer.RenderAsync(message);
                // A member who unsubscribed after this mail was queued does not get it.
                if (email.Marketing is { } marketing && !await scope.ServiceProvider.GetRequiredService<MailPreferences>().WantsAsync(marketing.MemberId, marketing.Kind, cancellationToken))
                {
                    await outbox.MarkSentAsync(message.Id, cancellationToken);
                    continue;
                }
                await session.SendAsync(new EmailMessage(message.Recipient, email.Subject, email.Html, email.Text, renderer.MessageIdOf(message)) { Unsubscribe = email.Unsubscribe }, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                await outbox.MarkFailedAsync(message, ex.Message, cancellationToken);
                LogSendFailed(message.Id, message.Attempts + 1, ex.Message);
                continue;
            }
            await outbox.MarkSentAsync(message.Id, cancellationToken);
        }
        return messages.Count;
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.Value.PollInterval);
        try
        {
            await _wake.Reader.WaitToReadAsync(timeout.Token);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(LogLevel.Error, "Outbox dispatch failed; retrying at the next poll")]
    private partial void LogDispatchFailed(Exception ex);

    [LoggerMessage(LogLevel.Warning, "Email {MessageId} not sent (attempt {Attempt}); it stays queued: {Error}")]
    private partial void LogSendFailed(long messageId, int attempt, string error);
}
