using LoyaltyArena.Core.Data;
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

    protected Task<int> NewRewardAsync(int cost, int stock, int codes, int? limit = null) => app.DbAsync(async db =>
    {
        var reward = new Reward($"Test {Guid.NewGuid():N}"[..20], "test", RewardCategory.EVoucher, cost, stock, cost * 10L);
        if (limit is not null) reward.Restrict(null, null, null, null, null, limit, LimitPeriod.Month);
        reward.AddCodes(Enumerable.Range(0, codes).Select(i => $"CODE-{Guid.NewGuid():N}"[..20]));
        db.Rewards.Add(reward);
        await db.SaveChangesAsync();
        return reward.Id;
    });

    protected Task<int> StockAsync(int reward) => app.DbAsync(db => db.Rewards.Where(r => r.Id == reward).Select(r => r.Stock).SingleAsync());

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
    public async Task Two_hundred_members_racing_for_fifty_items_get_exactly_fifty_distinct_codes()
    {
        var members = new List<int>();
        for (var i = 0; i < 200; i++) members.Add(await app.NewStaffAsync(1_000));
        var reward = await NewRewardAsync(cost: 500, stock: 50, codes: 50);

        var outcomes = await Task.WhenAll(members.Select(m => Task.Run(() => RedeemAsync(m, reward))));

        var won = outcomes.Where(o => o.Status == RedeemStatus.Redeemed).ToList();
        won.Count.ShouldBe(50);
        won.Select(o => o.Code).Distinct().Count().ShouldBe(50);
        outcomes.Count(o => o.Status == RedeemStatus.OutOfStock).ShouldBe(150);
        (await StockAsync(reward)).ShouldBe(0);
        (await app.DbAsync(db => db.Wallets.Where(w => members.Contains(w.MemberId)).SumAsync(w => w.Balance))).ShouldBe(200 * 1_000 - 50 * 500);
    }

    [Fact]
    public async Task The_per_member_limit_holds_when_one_member_redeems_many_times_at_once()
    {
        var member = await app.NewStaffAsync(10_000);
        var reward = await NewRewardAsync(cost: 100, stock: 20, codes: 20, limit: 2);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => RedeemAsync(member, reward))));

        outcomes.Count(o => o.Status == RedeemStatus.Redeemed).ShouldBe(2);
        outcomes.Count(o => o.Status == RedeemStatus.LimitReached).ShouldBe(6);
        (await app.BalanceAsync(member)).ShouldBe(9_800);
        (await StockAsync(reward)).ShouldBe(18);
    }

    [Fact]
    public async Task Cancelling_returns_the_points_and_the_item_exactly_once()
    {
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var member = await app.NewStaffAsync(1_000);
        var reward = await NewRewardAsync(cost: 400, stock: 3, codes: 3);
        await RedeemAsync(member, reward);
        var redemption = await app.DbAsync(db => db.Redemptions.Where(r => r.MemberId == member).Select(r => r.Id).SingleAsync());

        var cancels = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
            app.ServiceAsync<RedemptionService, CancelStatus>(s => s.CancelAsync(marketer, redemption, "Kode tidak bisa dipakai", default)))));

        cancels.Count(c => c == CancelStatus.Cancelled).ShouldBe(1);
        cancels.Count(c => c == CancelStatus.AlreadyCancelled).ShouldBe(2);
        (await app.BalanceAsync(member)).ShouldBe(1_000);
        (await StockAsync(reward)).ShouldBe(3);
        (await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "redemption.cancel" && a.TargetId == member.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task The_monthly_budget_lets_exactly_what_fits_through_when_many_redeem_at_once()
    {
        var reward = await NewRewardAsync(cost: 100, stock: 20, codes: 20);
        var value = await app.DbAsync(db => db.Rewards.Where(r => r.Id == reward).Select(r => r.ValueIdr).SingleAsync());
        var spent = await app.DbAsync(db => db.Redemptions.Where(r => r.Status == RedemptionStatus.Completed).SumAsync(r => r.Reward!.ValueIdr));
        await app.DbAsync(db => db.ProgramRules.ExecuteUpdateAsync(s => s.SetProperty(r => r.MonthlyBudgetIdr, spent + 3 * value)));
        try
        {
            var members = new List<int>();
            for (var i = 0; i < 10; i++) members.Add(await app.NewStaffAsync(1_000));

            var outcomes = await Task.WhenAll(members.Select(m => Task.Run(() => RedeemAsync(m, reward))));

            outcomes.Count(o => o.Status == RedeemStatus.Redeemed).ShouldBe(3);
            outcomes.Count(o => o.Status == RedeemStatus.BudgetReached).ShouldBe(7);
            (await StockAsync(reward)).ShouldBe(17);
        }
        finally
        {
            await app.DbAsync(db => db.ProgramRules.ExecuteUpdateAsync(s => s.SetProperty(r => r.MonthlyBudgetIdr, (long?)null)));
        }
    }

    [Fact]
    public async Task A_sixth_redemption_within_an_hour_is_refused_and_a_suspended_member_cannot_redeem()
    {
        var admin = await app.MemberIdAsync(DemoProgram.AdminEmail);
        var member = await app.NewStaffAsync(10_000);
        var reward = await NewRewardAsync(cost: 10, stock: 10, codes: 10);
        for (var i = 0; i < 5; i++) (await RedeemAsync(member, reward)).Status.ShouldBe(RedeemStatus.Redeemed);

        (await RedeemAsync(member, reward)).Status.ShouldBe(RedeemStatus.TooFast);

        var other = await app.NewStaffAsync(1_000);
        await app.ServiceAsync<RedemptionService, bool>(async s => { await s.SuspendAsync(admin, other, "Pola penukaran janggal", default); return true; });
        (await RedeemAsync(other, reward)).Status.ShouldBe(RedeemStatus.Suspended);
        (await app.BalanceAsync(other)).ShouldBe(1_000);
    }
}

public sealed class SqliteRedemptionTests(SqliteApp app) : RedemptionContract(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
/// <summary>PostgreSQL, the production engine, also through the real forms (SQLite serialises writers and races the same way in-process).</summary>
public sealed class PostgresRedemptionTests(PostgresApp app) : RedemptionContract(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Two_hundred_members_tapping_redeem_at_once_for_fifty_items_see_no_error_and_fifty_land_on_their_receipt()
    {
        var reward = await NewRewardAsync(cost: 500, stock: 50, codes: 50);
        var sessions = new List<ArenaSession>();
        using (var signingIn = new SemaphoreSlim(8))
        {
            sessions.AddRange(await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
            {
                await signingIn.WaitAsync();
                try
                {
                    var (session, _) = await app.SignInNewStaffAsync(1_000);
                    await session.GetHtmlAsync("/Rewards"); // the page the member taps on, and its antiforgery token
                    return session;
                }
                finally
                {
                    signingIn.Release();
                }
            })));
        }

        var responses = await Task.WhenAll(sessions.Select(session => Task.Run(() => session.PostFormAsync($"/Rewards/Redeem/{reward}",
            new() { ["Form.RequestKey"] = Guid.NewGuid().ToString("N") }))));

        responses.Count(r => (int)r.StatusCode >= 500).ShouldBe(0);
        var receipts = responses.Where(r => r.StatusCode == System.Net.HttpStatusCode.Redirect).ToList();
        receipts.Count.ShouldBe(50);
        var shown = await Task.WhenAll(receipts.Select((r, i) => sessions[Array.IndexOf(responses, r)].GetHtmlAsync(ArenaSession.ReceiptUrl(r))));
        shown.ShouldAllBe(html => html.Contains("data-testid=\"voucher-code\""));
        (await StockAsync(reward)).ShouldBe(0);
        (await app.DbAsync(db => db.Redemptions.Where(r => r.RewardId == reward).Select(r => r.Code).Distinct().CountAsync())).ShouldBe(50);
        foreach (var session in sessions) session.Dispose();
    }
}
