using Npgsql;

namespace LoyaltyArena.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server that tests/run.sh installs and starts. ARENA_TEST_POSTGRES overrides the
/// connection (its role needs CREATEDB); each test app gets a database of its own.
/// </summary>
public static class PostgresServer
{
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("ARENA_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=arena;Password=arena;Database=postgres";

    public static async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Drops a test's database. FORCE ends connections still open to it, among them the app role's (arena_app), which
    /// the test role may end because tests/run.sh grants it pg_signal_backend; without that grant the server refused
    /// the drop. A refused drop is tried again, and a database that still cannot go only costs disk, not a passing
    /// run: each test database has a name of its own.
    /// </summary>
    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 5)
            {
                await Console.Error.WriteLineAsync($"Dropping {name} was refused ({ex.SqlState}: {ex.MessageText}); trying again.");
                await Task.Delay(200 * attempt);
            }
            catch (PostgresException ex)
            {
                await Console.Error.WriteLineAsync($"Left test database {name} behind: {ex.SqlState}: {ex.MessageText}");
                return;
            }
        }
    }
}
