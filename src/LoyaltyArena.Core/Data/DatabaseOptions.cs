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

    public int EffectivePoolSize => Pool().Size;

    /// <summary>The connection string with the pool size applied (PostgreSQL); SQLite's is used as given.</summary>
    public string EffectiveConnectionString => Pool().ConnectionString;

    /// <summary>
    /// A "Maximum Pool Size" in the PostgreSQL connection string wins over <see cref="MaxPoolSize"/>. A string Npgsql
    /// cannot read is passed on as given, for Npgsql to report when it connects.
    /// </summary>
    private (string ConnectionString, int Size) Pool()
    {
        if (Provider != DatabaseProvider.Postgres) return (ConnectionString, MaxPoolSize);
        Npgsql.NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        }
        catch (ArgumentException)
        {
            return (ConnectionString, MaxPoolSize);
        }
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString }.Keys.Cast<string>()
            .Any(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() is "MAXIMUMPOOLSIZE" or "MAXPOOLSIZE");
        if (!given) builder.MaxPoolSize = MaxPoolSize;
        return (builder.ConnectionString, builder.MaxPoolSize);
    }
}
