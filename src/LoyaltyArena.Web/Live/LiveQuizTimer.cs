using LoyaltyArena.Core.LiveQuiz;

namespace LoyaltyArena.Web.Live;

/// <summary>Closes Kuis Live questions whose time is up, a few times a second. Safe on several instances: each question closes once.</summary>
public sealed partial class LiveQuizTimer(IServiceScopeFactory scopes, ILogger<LiveQuizTimer> logger) : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<LiveQuizService>().CloseDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Closing due Kuis Live questions failed; the next tick tries again")]
    private partial void LogFailed(Exception exception);
}
