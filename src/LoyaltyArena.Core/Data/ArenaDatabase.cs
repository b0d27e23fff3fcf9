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
        DatabaseProvider.Postgres => builder.UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(PostgresMigrations)),
        _ => throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or Postgres."),
    };

    /// <summary>WAL lets pages read while a write transaction is open.</summary>
    public static async Task PrepareAsync(ArenaDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
