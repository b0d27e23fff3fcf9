using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Rewards;

public abstract class RedemptionContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private Task<RedeemOutcome> RedeemAsync(int member, int reward, string? key = null) =>
        app.ServiceAsync<RedemptionService, RedeemOutcome>(s => s.RedeemAsync(member, reward, key ?? Guid.NewGuid().ToString("N"), default));

    private Task<int> NewRewardAsync(int cost, int stock, int codes) => app.DbAsync(async db =>
    {
        var reward = new Reward($"Test {Guid.NewGuid():N}"[..20], "test", RewardCategory.EVoucher, cost, stock, cost * 10L);
        reward.AddCodes(Enumerable.Range(0, codes).Select(i => $"CODE-{Guid.NewGuid():N}"[..20]));
        db.Rewards.Add(reward);
        await db.SaveChangesAsync();
        return reward.Id;
    });

    private Task<int> StockAsync(int reward) => app.DbAsync(db => db.Rewards.Where(r => r.Id == reward).Select(r => r.Stock).SingleAsync());

    [Fact]
    public async Task Redeeming_takes_points_and_stock_and_gives_a_code_and_a_receipt_in_one_go()
    {
        var member = await app.NewStaffAsync(3_000);
        var reward = await NewRewardAsync(cost: 2_500, stock: 5, codes: 5);

        var outcome = await RedeemAsync(member, reward);

        outcome.Status.ShouldBe(RedeemStatus.Redeemed);
        outcome.Code.ShouldStartWith("CODE-");
        outcome.Balance.ShouldBe(500);
        (await app.BalanceAsync(member)).ShouldBe(500);
        (await StockAsync(reward)).ShouldBe(4);
        (await app.DbAsync(db => db.VoucherCodes.CountAsync(c => c.RewardId == reward && c.RedemptionId != null))).ShouldBe(1);
        var receipt = await app.DbAsync(db => db.OutboxMessages.SingleAsync(m => m.PayloadJson.Contains(outcome.Code!)));
        receipt.Template.ShouldBe(EmailTemplates.RedemptionReceipt);
    }

    [Fact]
    public async Task Not_enough_points_is_refused_and_changes_nothing()
    {
        var member = await app.NewStaffAsync(2_400);
        var reward = await NewRewardAsync(cost: 2_500, stock: 5, codes: 5);

        var outcome = await RedeemAsync(member, reward);

        outcome.Status.ShouldBe(RedeemStatus.NotEnoughPoints);
        outcome.Missing.ShouldBe(100);
        (await app.BalanceAsync(member)).ShouldBe(2_400);
        (await StockAsync(reward)).ShouldBe(5);
        (await app.DbAsync(db => db.Redemptions.CountAsync(r => r.MemberId == member))).ShouldBe(0);
    }

    [Fact]
    public async Task Out_of_stock_is_refused_and_the_points_stay()
    {
        var member = await app.NewStaffAsync(5_000);
        var reward = await NewRewardAsync(cost: 1_000, stock: 0, codes: 2);

        var outcome = await RedeemAsync(member, reward);

        outcome.Status.ShouldBe(RedeemStatus.OutOfStock);
        (await app.BalanceAsync(member)).ShouldBe(5_000);
    }

    [Fact]
    public async Task A_double_submission_redeems_once_and_shows_the_same_code()
    {
        var member = await app.NewStaffAsync(5_000);
        var reward = await NewRewardAsync(cost: 1_000, stock: 5, codes: 5);
        var key = Guid.NewGuid().ToString("N");

        var outcomes = await Task.WhenAll(Task.Run(() => RedeemAsync(member, reward, key)), Task.Run(() => RedeemAsync(member, reward, key)));

        outcomes.Count(o => o.Status == RedeemStatus.Redeemed).ShouldBe(1);
        outcomes.Count(o => o.Status == RedeemStatus.AlreadyRedeemed).ShouldBe(1);
        outcomes.Select(o => o.Code).Distinct().Count().ShouldBe(1);
        (await app.BalanceAsync(member)).ShouldBe(4_000);
        (await StockAsync(reward)).ShouldBe(4);
    }

    [Fact]
    public async Task Forty_members_racing_for_ten_items_get_exactly_ten_distinct_codes()
    {
        var members = new List<int>();
        for (var i = 0; i < 40; i++) members.Add(await app.NewStaffAsync(1_000));
        var reward = await NewRewardAsync(cost: 500, stock: 10, codes: 10);

        var outcomes = await Task.WhenAll(members.Select(m => Task.Run(() => RedeemAsync(m, reward))));

        var won = outcomes.Where(o => o.Status == RedeemStatus.Redeemed).ToList();
        won.Count.ShouldBe(10);
        won.Select(o => o.Code).Distinct().Count().ShouldBe(10);
        outcomes.Count(o => o.Status == RedeemStatus.OutOfStock).ShouldBe(30);
        (await StockAsync(reward)).ShouldBe(0);
        (await app.DbAsync(db => db.Wallets.Where(w => members.Contains(w.MemberId)).SumAsync(w => w.Balance))).ShouldBe(40 * 1_000 - 10 * 500);
    }
}

public sealed class SqliteRedemptionTests(SqliteApp app) : RedemptionContract(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresRedemptionTests(PostgresApp app) : RedemptionContract(app), IClassFixture<PostgresApp>;
