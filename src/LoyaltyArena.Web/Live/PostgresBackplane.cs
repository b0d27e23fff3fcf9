using System.Globalization;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LoyaltyArena.Web.Live;

/// <summary>Configuration section "Live".</summary>
public sealed class LiveOptions
{
    /// <summary>"None": signals stay in this instance. "Postgres": every instance hears every signal (LISTEN/NOTIFY).</summary>
    public string Backplane { get; set; } = "None";

    public bool UsesPostgres => string.Equals(Backplane, "Postgres", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Several web instances on one PostgreSQL: a signal becomes a NOTIFY on <see cref="Channel"/>, and every instance
/// (this one too) hears it through <see cref="PostgresLiveListener"/> and delivers it to its own connections. A board
/// change is rendered by each instance for its own watchers, so the cost per instance still does not grow with the
/// audience elsewhere.
/// </summary>
public sealed class PostgresLiveSignals(IOptions<DatabaseOptions> database) : ILiveSignals
{
    public const string Channel = "arena_live";

    public Task PointsChangedAsync(int memberId, CancellationToken cancellationToken) => NotifyAsync($"p|{memberId}");

    public Task RewardsChangedAsync(int memberId, CancellationToken cancellationToken) => NotifyAsync($"r|{memberId}");

    public Task NoticesChangedAsync(int memberId, CancellationToken cancellationToken) => NotifyAsync($"n|{memberId}");

    public Task LiveQuizChangedAsync(int sessionId, CancellationToken cancellationToken) => NotifyAsync($"q|{sessionId}");

    public Task BoardsChangedAsync(int memberId, int amount, CancellationToken cancellationToken) => NotifyAsync($"b|{memberId}|{amount}");

    private async Task NotifyAsync(string payload)
    {
        await using var connection = new NpgsqlConnection(database.Value.EffectiveConnectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", payload);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}

/// <summary>Listens on the backplane channel and hands each signal to this instance's hub; reconnects after a drop.</summary>
public sealed partial class PostgresLiveListener(IOptions<DatabaseOptions> database, HubLiveSignals local, ILogger<PostgresLiveListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.Value.EffectiveConnectionString) { KeepAlive = 30 }.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => _ = DispatchAsync(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresLiveSignals.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogDropped(ex);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task DispatchAsync(string payload)
    {
        try
        {
            var parts = payload.Split('|', 3);
            int Id() => int.Parse(parts[1], CultureInfo.InvariantCulture);
            switch (parts[0])
            {
                case "p": await local.PointsChangedAsync(Id(), CancellationToken.None); break;
                case "r": await local.RewardsChangedAsync(Id(), CancellationToken.None); break;
                case "n": await local.NoticesChangedAsync(Id(), CancellationToken.None); break;
                case "q": await local.LiveQuizChangedAsync(Id(), CancellationToken.None); break;
                case "b": await local.BoardsChangedAsync(Id(), int.Parse(parts[2], CultureInfo.InvariantCulture), CancellationToken.None); break;
            }
        }
        catch (Exception ex)
        {
            LogDropped(ex);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The live backplane dropped; listening again")]
    private partial void LogDropped(Exception exception);
}
