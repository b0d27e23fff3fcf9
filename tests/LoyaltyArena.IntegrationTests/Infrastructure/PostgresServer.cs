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

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
