using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Tiers;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Jobs;

/// <summary>Configuration section "Jobs".</summary>
public sealed class JobOptions
{
    /// <summary>The passes are idempotent, so running them hourly only makes expiry and tier changes punctual.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public bool Enabled { get; set; } = true;
}

/// <summary>
/// The daily economy passes: expire due lots, remind before expiry, move tiers as the window rolls.
/// Each is safe to run twice or on two instances at once (keys and dedup rows decide).
/// </summary>
public sealed partial class DailyJobs(IServiceScopeFactory scopes, IOptions<JobOptions> options, ILogger<DailyJobs> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var expiry = scope.ServiceProvider.GetRequiredService<PointsExpiry>();
        var tiers = scope.ServiceProvider.GetRequiredService<TierService>();
        var expired = await expiry.ExpireDueAsync(cancellationToken);
        var reminded = await expiry.RemindAsync(cancellationToken);
        var moved = await tiers.RecalculateAllAsync(cancellationToken);
        var streaks = await scope.ServiceProvider.GetRequiredService<Core.Challenges.StreakReminders>().RemindAsync(cancellationToken);
        var contests = await scope.ServiceProvider.GetRequiredService<Core.Challenges.ContestService>().CloseDueAsync(cancellationToken);
        var ranked = await scope.ServiceProvider.GetRequiredService<Core.Leaderboards.BoardStandings>().RankAsync(cancellationToken);
        var digests = await scope.ServiceProvider.GetRequiredService<Core.Notifications.WeeklyDigest>().RunAsync(force: false, cancellationToken);
        var missed = await scope.ServiceProvider.GetRequiredService<Core.Notifications.Reactivation>().RunAsync(cancellationToken);
        LogRan(expired, reminded, moved, streaks, contests, ranked, digests, missed);
    }

    [LoggerMessage(LogLevel.Information, "Daily jobs: {Expired} lot(s) expired, {Reminded} reminder(s) sent, {Moved} member(s) changed tier, {Streaks} streak reminder(s), {Contests} contest(s) closed, {Ranked} board row(s) ranked for tomorrow's movement, {Digests} weekly digest(s) queued, {Missed} reactivation email(s) queued")]
    private partial void LogRan(int expired, int reminded, int moved, int streaks, int contests, int ranked, int digests, int missed);

    [LoggerMessage(LogLevel.Error, "Daily jobs failed; they run again at the next interval")]
    private partial void LogFailed(Exception ex);
}
