using Npgsql;

namespace LoyaltyArena.BrowserTests;

/// <summary>
/// Two web instances on different ports against one fresh PostgreSQL database, with the live backplane on
/// (Live:Backplane=Postgres). A seeds the demo program; the browser talks to B.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private static readonly string Admin = Environment.GetEnvironmentVariable("ARENA_TEST_POSTGRES") is { Length: > 0 } configured
        ? configured : "Host=127.0.0.1;Port=5432;Username=arena;Password=arena;Database=postgres";

    private readonly string _database = $"arena_two_{Guid.NewGuid():N}";

    public AppServer A { get; private set; } = null!;
    public AppServer B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await AdminAsync($"CREATE DATABASE \"{_database}\"");
        var connection = new NpgsqlConnectionStringBuilder(Admin) { Database = _database }.ConnectionString;
        Dictionary<string, string?> Settings(bool seed) => new()
        {
            ["Database:Provider"] = "Postgres", ["ConnectionStrings:Arena"] = connection, ["Database:MigrateOnStartup"] = "true",
            ["Live:Backplane"] = "Postgres", ["Seed:Demo"] = seed ? "true" : "false", ["Jobs:Enabled"] = "false",
        };
        A = new AppServer(Settings(seed: true), withBrowser: false);
        await ((IAsyncLifetime)A).InitializeAsync();
        B = new AppServer(Settings(seed: false), withBrowser: true);
        await ((IAsyncLifetime)B).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)B).DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
