using LoyaltyArena.Core.Notifications;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Jobs;

/// <summary>
/// Delivers broadcasts that are due, outside any web request: woken when one is saved to go out now, and every half
/// minute for scheduled ones. Two instances may both run it; the broadcast's claim decides who delivers.
/// </summary>
public sealed partial class BroadcastPass(IServiceScopeFactory scopes, IOptions<JobOptions> options, ILogger<BroadcastPass> logger) : BackgroundService, IBroadcastWaker
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    private readonly WakeSignal _wake = new();

    public void Wake() => _wake.Set();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var delivered = await scope.ServiceProvider.GetRequiredService<Broadcasts>().DeliverDueAsync(stoppingToken);
                if (delivered > 0) LogDelivered(delivered);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }
            await _wake.WaitAsync(Poll, stoppingToken);
        }
    }

    [LoggerMessage(LogLevel.Information, "Delivered {Count} broadcast(s)")]
    private partial void LogDelivered(int count);

    [LoggerMessage(LogLevel.Error, "Broadcast delivery failed; it is tried again at the next pass")]
    private partial void LogFailed(Exception ex);
}
