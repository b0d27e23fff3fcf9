using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Npgsql;

namespace LoyaltyArena.IntegrationTests.Data;

/// <summary>
/// PostgreSQL as production runs it: migrations as the owner, the app as arena_app (tests/run.sh creates it), which
/// owns nothing and may only add to the ledger and the audit log.
/// </summary>
public sealed class AppRoleTests(AppRoleTests.TwoRoleApp app) : IClassFixture<AppRoleTests.TwoRoleApp>
{
    public const string AppRole = "arena_app";

    public sealed class TwoRoleApp() : ArenaApp(DatabaseProvider.Postgres)
    {
        public string AppConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { Username = AppRole, Password = AppRole }.ConnectionString;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ConnectionStrings:ArenaMigrations"] = ConnectionString,
            ["ConnectionStrings:Arena"] = AppConnectionString,
        };
    }

    private async Task<string?> AsAppRoleAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            await command.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException ex)
        {
            return ex.SqlState;
        }
    }

    [Theory]
    [InlineData("TRUNCATE \"LedgerEntries\"")]
    [InlineData("UPDATE \"LedgerEntries\" SET \"Amount\" = 1000000")]
    [InlineData("DELETE FROM \"LedgerEntries\"")]
    [InlineData("ALTER TABLE \"LedgerEntries\" DISABLE TRIGGER ALL")]
    [InlineData("UPDATE \"AuditEntries\" SET \"Reason\" = 'x'")]
    [InlineData("TRUNCATE \"Wallets\" CASCADE")]
    [InlineData("DROP TABLE \"Rewards\" CASCADE")]
    public async Task The_app_role_cannot_rewrite_history_or_the_schema(string sql) =>
        (await AsAppRoleAsync(sql)).ShouldBe(PostgresErrorCodes.InsufficientPrivilege);

    [Fact]
    public async Task The_app_itself_works_as_that_role()
    {
        var member = await app.NewStaffAsync(500);
        await app.ServiceAsync<PointsLedger, PostingResult>(l => l.PostAsync(Posting.Earn(member, 100, "test", Guid.NewGuid().ToString("N"), LedgerReasons.Welcome, null), default));

        (await app.BalanceAsync(member)).ShouldBe(600);
        using var staff = await app.SignInAsync(DemoProgram.StaffEmail);
        (await staff.GetHtmlAsync("/")).ShouldContain("Halo, Sari!");
    }
}
