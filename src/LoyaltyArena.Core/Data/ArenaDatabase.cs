using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Data;

/// <summary>The one place that knows the providers: each has its own migrations assembly.</summary>
public static class ArenaDatabase
{
    public const string SqliteMigrations = "LoyaltyArena.Migrations.Sqlite";
    public const string PostgresMigrations = "LoyaltyArena.Migrations.Postgres";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString, o => o.MigrationsAssembly(SqliteMigrations)),
        DatabaseProvider.Postgres => builder.UseNpgsql(options.EffectiveConnectionString, o => o.MigrationsAssembly(PostgresMigrations)),
        _ => throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or Postgres."),
    };

    /// <summary>Pool threads kept ready when the database is SQLite.</summary>
    public const int SqliteThreadFloor = 64;

    /// <summary>
    /// WAL lets pages read while a write transaction is open. Microsoft.Data.Sqlite runs its async calls
    /// synchronously, so every waiting query holds a pool thread; with the default floor (one per core) the
    /// pool grows slowly and a burst of redemptions waited about 1 s at p99 (tests/bench.sh: 64 clients,
    /// p99 950 ms before, 320 ms after).
    /// </summary>
    public static async Task PrepareAsync(ArenaDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        ThreadPool.GetMinThreads(out var workers, out var completion);
        if (workers < SqliteThreadFloor) ThreadPool.SetMinThreads(SqliteThreadFloor, completion);
    }

    /// <summary>
    /// Connections a PostgreSQL server accepts from ordinary roles (max_connections less the slots it keeps for
    /// superusers); null on SQLite.
    /// </summary>
    public static async Task<int?> ConnectionSlotsAsync(ArenaDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return null;
        var max = await db.Database.SqlQueryRaw<string>("SELECT current_setting('max_connections') AS \"Value\"").SingleAsync(cancellationToken);
        var reserved = await db.Database.SqlQueryRaw<string>("SELECT current_setting('superuser_reserved_connections') AS \"Value\"").SingleAsync(cancellationToken);
        return int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(reserved, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Applies pending migrations, as the owner role when one is configured, and then grants the app's role what it
    /// needs and no more: read and write on the tables, insert-only on the ledger and the audit log, nothing on the
    /// schema itself (PostgreSQL lets only a table's owner TRUNCATE it, ALTER it or disable its triggers).
    /// </summary>
    public static async Task MigrateAsync(ArenaDbContext db, DatabaseOptions options, CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.Postgres || string.IsNullOrWhiteSpace(options.MigrationConnectionString))
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        var owner = new DatabaseOptions { Provider = options.Provider, ConnectionString = options.MigrationConnectionString, MaxPoolSize = 2 };
        var builder = new DbContextOptionsBuilder<ArenaDbContext>();
        Configure(builder, owner);
        await using var ownerDb = new ArenaDbContext(builder.Options);
        await ownerDb.Database.MigrateAsync(cancellationToken);
        var app = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString).Username;
        if (string.IsNullOrWhiteSpace(app) || app == new Npgsql.NpgsqlConnectionStringBuilder(owner.ConnectionString).Username) return;
        var role = "\"" + app.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // A role name cannot be a parameter; it is quoted as an identifier above.
        var grants = $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE ON "LedgerEntries", "AuditEntries" FROM {role};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "__EFMigrationsHistory" FROM {role};
            """;
        await ownerDb.Database.ExecuteSqlRawAsync(grants, cancellationToken);
    }
}
