namespace LoyaltyArena.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string DefaultSqlite = "Data Source=App_Data/arena.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = DefaultSqlite;

    /// <summary>
    /// PostgreSQL: the role that owns the tables ("ConnectionStrings:ArenaMigrations"). Migrations run as it and then
    /// grant the app's role (the one in <see cref="ConnectionString"/>) only what the app does: it cannot TRUNCATE,
    /// ALTER, disable a trigger, or change the ledger and the audit log. Unset: migrations run as the app's role.
    /// </summary>
    public string? MigrationConnectionString { get; set; }

    /// <summary>Defaults to true on SQLite; PostgreSQL deployments run the "migrate" command instead.</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    /// <summary>
    /// PostgreSQL connections one web instance may hold (Npgsql's own default is 100, the server's
    /// max_connections is 100 by default and keeps a few for superusers). A connection string that sets
    /// "Maximum Pool Size" itself wins.
    /// </summary>
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;

    public const int DefaultMaxPoolSize = 40;

    /// <summary>
    /// Write transactions open at once in this instance. SQLite has one writer. On PostgreSQL at most half the
    /// pool, so writers queued on a hot row never take the connections pages read with, and by default two
    /// per core: more only adds contention (tests/bench.sh, 64 clients on one reward: p99 982 ms with 20 at
    /// once, 621 ms with 4, on 2 cores).
    /// </summary>
    public int? MaxConcurrentWrites { get; set; }

    public int ConcurrentWrites => Provider == DatabaseProvider.Sqlite
        ? 1
        : Math.Clamp(MaxConcurrentWrites ?? 2 * Environment.ProcessorCount, 1, Math.Max(1, EffectivePoolSize / 2));

    public int EffectivePoolSize => Provider == DatabaseProvider.Postgres && Parses(ConnectionString) && ExplicitPoolSize(ConnectionString) is { } own ? own : MaxPoolSize;

    private static int? ExplicitPoolSize(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (string key in given.Keys)
        {
            if (key.Replace(" ", "", StringComparison.Ordinal).Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
                || key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
                return new Npgsql.NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize;
        }
        return null;
    }

    /// <summary>The connection string with the pool size applied (PostgreSQL); SQLite's is used as given.</summary>
    public string EffectiveConnectionString => Provider == DatabaseProvider.Postgres && Parses(ConnectionString)
        ? new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = EffectivePoolSize }.ConnectionString
        : ConnectionString;

    /// <summary>A string Npgsql cannot read is passed on as given, for Npgsql to report when it connects.</summary>
    private static bool Parses(string connectionString)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
