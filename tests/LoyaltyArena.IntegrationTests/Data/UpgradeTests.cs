using LoyaltyArena.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LoyaltyArena.IntegrationTests.Data;

/// <summary>A database made by an earlier release keeps working after the new migrations run over it.</summary>
public class UpgradeTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"arena-upgrade-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Upgrading_keeps_e_wallet_top_up_codes_as_codes_and_gives_other_rewards_the_kind_their_category_suggests()
    {
        var options = ArenaDatabase.Configure(new DbContextOptionsBuilder<ArenaDbContext>(), new DatabaseOptions { ConnectionString = $"Data Source={_file}" }).Options;
        await using (var db = new ArenaDbContext((DbContextOptions<ArenaDbContext>)options))
        {
            await db.GetService<IMigrator>().MigrateAsync("Fulfilment");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Rewards" ("Id", "Name", "Description", "Category", "Cost", "Stock", "ValueIdr", "LimitPeriod") VALUES
                  (1, 'Top-up GoPay', '', 'EWallet', 100, 1, 10000, 'Month'),
                  (2, 'Cashback', '', 'EWallet', 100, 1, 10000, 'Month'),
                  (3, 'Kaos', '', 'Merchandise', 100, 1, 10000, 'Month'),
                  (4, 'Kelas', '', 'Training', 100, 1, 10000, 'Month'),
                  (5, 'Pulsa', '', 'Pulsa', 100, 1, 10000, 'Month');
                INSERT INTO "VoucherCodes" ("RewardId", "Code") VALUES (1, 'GPY-1');
                """);

            await db.Database.MigrateAsync();

            var kinds = await db.Rewards.OrderBy(r => r.Id).Select(r => r.Fulfilment.ToString()).ToListAsync();
            kinds.ShouldBe(["Code", "Cashback", "Shipment", "Ticket", "Code"]);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
