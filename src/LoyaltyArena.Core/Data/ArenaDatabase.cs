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
}
