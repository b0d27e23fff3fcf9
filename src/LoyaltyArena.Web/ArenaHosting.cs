using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web;

public static partial class ArenaHosting
{
    /// <summary>
    /// The site's static files live in the repository's top-level wwwroot/. A published app (Docker)
    /// has wwwroot/ beside it; from a checkout, it is found next to LoyaltyArena.sln.
    /// </summary>
    public static string? FindWebRoot(string[] args)
    {
        if (args.Any(a => a.StartsWith("--webroot", StringComparison.OrdinalIgnoreCase))) return null;
        if (Environment.GetEnvironmentVariable("ASPNETCORE_WEBROOT") is { Length: > 0 }) return null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LoyaltyArena.sln"))) return Path.Combine(dir.FullName, "wwwroot");
                if (Directory.Exists(Path.Combine(dir.FullName, "wwwroot")) && File.Exists(Path.Combine(dir.FullName, "LoyaltyArena.Web.dll")))
                    return Path.Combine(dir.FullName, "wwwroot");
            }
        }
        return null;
    }

    /// <summary>The "migrate" command: apply pending migrations and exit (PostgreSQL deployments).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArenaDbContext>();
        await ArenaDatabase.MigrateAsync(db, app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value, CancellationToken.None);
        await ArenaDatabase.PrepareAsync(db, CancellationToken.None);
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        LogMigrated(app.Logger, applied.LastOrDefault() ?? "none", applied.Count, db.Database.ProviderName ?? "?");
    }

    /// <summary>Migrates when configured (the SQLite default) and seeds the demo program into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool adviseWhenEmpty = true)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ArenaDbContext>();
        if (options.Provider == DatabaseProvider.Sqlite) EnsureSqliteFolder(options.ConnectionString);
        if (options.ShouldMigrateOnStartup) await ArenaDatabase.MigrateAsync(db, options, CancellationToken.None);
        else if ((await db.Database.GetPendingMigrationsAsync()).ToList() is { Count: > 0 } pending)
            throw new InvalidOperationException(
                $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}). Run the app once with the 'migrate' argument, then start it again.");
        await ArenaDatabase.PrepareAsync(db, CancellationToken.None);
        if (await ArenaDatabase.ConnectionSlotsAsync(db, CancellationToken.None) is { } slots && options.EffectivePoolSize > slots)
            LogPoolTooLarge(app.Logger, options.EffectivePoolSize, slots);

        // Demo accounts and the demo API key exist only where someone asked for them: Seed:Demo=true, or a
        // developer's machine (the Development profile of `dotnet run`). Never by default in Production.
        var seed = app.Configuration.GetValue<bool?>("Seed:Demo") ?? app.Environment.IsDevelopment();
        var demo = services.GetRequiredService<DemoProgram>();
        if (!seed)
        {
            if (adviseWhenEmpty) await FirstAdmin.AdviseWhenEmptyAsync(app);
            return;
        }
        if (!await demo.IsNeededAsync(CancellationToken.None)) return;

        // Each demo account gets its own salt. Fewer iterations keep the seed fast; Identity upgrades a hash to the
        // full count at the account's first sign-in.
        var hasher = new PasswordHasher<Member>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
        await demo.SeedAsync(() => hasher.HashPassword(null!, DemoProgram.Password), CancellationToken.None);
        LogDemoSeeded(app.Logger, DemoProgram.StaffEmail, DemoProgram.OwnerEmail, DemoProgram.MarketerEmail, DemoProgram.AdminEmail, DemoProgram.Password);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && path != ":memory:") Directory.CreateDirectory(folder);
    }

    [LoggerMessage(LogLevel.Warning, "This instance may open {Pool} PostgreSQL connections, but the server accepts only {Slots} from ordinary roles " +
        "(max_connections less superuser_reserved_connections), shared by every instance: lower Database:MaxPoolSize or raise max_connections (README: Run on PostgreSQL).")]
    private static partial void LogPoolTooLarge(ILogger logger, int pool, int slots);

    [LoggerMessage(LogLevel.Information, "Database is at migration {Latest} ({Count} migrations applied) on {Provider}.")]
    private static partial void LogMigrated(ILogger logger, string latest, int count, string provider);

    [LoggerMessage(LogLevel.Warning, "Demo program seeded. Sign in as {Staff}, {Owner}, {Marketer} or {Admin} with password {Password}")]
    private static partial void LogDemoSeeded(ILogger logger, string staff, string owner, string marketer, string admin, string password);
}
