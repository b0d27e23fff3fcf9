using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Data;

public abstract class DatabaseContract(ArenaApp app)
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_this_providers_migrations() =>
        (await app.DbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()))).ShouldBeFalse(
            "add a migration for both providers (README: Adding a migration)");

    [Fact]
    public async Task Every_migration_is_applied_on_start() =>
        (await app.DbAsync(db => db.Database.GetPendingMigrationsAsync())).ShouldBeEmpty();

    [Fact]
    public async Task The_demo_program_has_three_distributors_twelve_stores_and_about_forty_staff()
    {
        (await app.DbAsync(db => db.Partners.CountAsync(p => p.Kind == PartnerKind.Distributor))).ShouldBe(3);
        (await app.DbAsync(db => db.Partners.CountAsync(p => p.Kind == PartnerKind.Store))).ShouldBe(12);
        (await app.DbAsync(db => db.Partners.Where(p => p.Kind == PartnerKind.Store).Select(p => p.Region).Distinct().CountAsync())).ShouldBeGreaterThan(4);
        var staffRole = await app.DbAsync(db => db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id).SingleAsync());
        (await app.DbAsync(db => db.UserRoles.CountAsync(r => r.RoleId == staffRole))).ShouldBeGreaterThanOrEqualTo(40);
        (await app.DbAsync(db => db.LedgerEntries.CountAsync())).ShouldBeGreaterThan(100);
        var voucherKinds = new[] { Core.Rewards.RewardCategory.EVoucher, Core.Rewards.RewardCategory.Pulsa };
        (await app.DbAsync(db => db.Rewards.Where(r => r.Stock > 0 && (voucherKinds.Contains(r.Category) || r.Codes.Any()))
            .AllAsync(r => r.Codes.Count(c => c.RedemptionId == null) >= r.Stock))).ShouldBeTrue("every reward handing out codes has one for each item in stock");
        (await app.DbAsync(db => db.Redemptions.CountAsync(r => r.Stage == Core.Rewards.FulfilmentStage.PaymentPending || r.Stage == Core.Rewards.FulfilmentStage.Ordered)))
            .ShouldBe(3, "the demo fulfilment queue has two cashbacks and a parcel waiting");
    }

    [Fact]
    public async Task The_demo_ledger_already_satisfies_its_invariants() => await LedgerInvariants.AssertHoldAsync(app);

    [Theory]
    [InlineData("UPDATE \"AuditEntries\" SET \"Reason\" = 'rewritten'")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    [InlineData("DELETE FROM \"Wallets\"")]
    [InlineData("UPDATE \"LedgerEntries\" SET \"Amount\" = 1")]
    public async Task The_database_itself_refuses_to_rewrite_the_audit_log_the_ledger_or_to_drop_a_wallet(string sql)
    {
        var actor = await app.MemberIdAsync(DemoProgram.AdminEmail);
        await app.DbAsync(async db =>
        {
            db.AuditEntries.Add(new Core.Audit.AuditEntry(actor, "test.entry", "member", "1", "a row the test tries to rewrite", "-", DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var before = await app.DbAsync(db => db.AuditEntries.CountAsync());

        await Should.ThrowAsync<Exception>(() => app.DbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        (await app.DbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(before);
        (await app.DbAsync(db => db.Wallets.CountAsync())).ShouldBeGreaterThan(0);
    }
}

public sealed class SqliteDatabaseTests(SqliteApp app) : DatabaseContract(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresDatabaseTests(PostgresApp app) : DatabaseContract(app), IClassFixture<PostgresApp>
{
    private sealed class UnmigratedApp() : ArenaApp(DatabaseProvider.Postgres)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" };
    }

    [Fact]
    public async Task Starting_on_an_unmigrated_PostgreSQL_database_says_to_run_migrate_first()
    {
        var unmigrated = new UnmigratedApp();
        try
        {
            var error = await Should.ThrowAsync<Exception>(() => ((IAsyncLifetime)unmigrated).InitializeAsync());
            error.ToString().ShouldContain("Run the app once with the 'migrate' argument");
        }
        finally
        {
            await ((IAsyncLifetime)unmigrated).DisposeAsync();
        }
    }

    [Fact]
    public async Task The_migrate_command_creates_the_schema_in_an_empty_PostgreSQL_database()
    {
        var name = $"arena_migrate_{Guid.NewGuid():N}";
        await PostgresServer.CreateDatabaseAsync(name);
        try
        {
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = name }.ConnectionString;
            var web = Path.Combine(AppContext.BaseDirectory, "LoyaltyArena.Web.dll");
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet",
                [web, "migrate", "--Database:Provider=Postgres", $"--ConnectionStrings:Arena={connection}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            process.ExitCode.ShouldBe(0, output);
            var migrations = app.Services.CreateScope().ServiceProvider.GetRequiredService<ArenaDbContext>().Database.GetMigrations().ToList();
            output.ShouldContain($"Database is at migration {migrations[^1]} ({migrations.Count} migrations applied)");
            await using var npgsql = new Npgsql.NpgsqlConnection(connection);
            await npgsql.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"", npgsql);
            ((long)(await command.ExecuteScalarAsync())!).ShouldBe(migrations.Count);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(name);
        }
    }
}
