using System.Net;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Rewards;

/// <summary>Redeeming with confidence: a detail page, one confirmation, my rewards one tap away, history that links to receipts.</summary>
public class RewardDetailTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private Task<int> RewardAsync(string name) => app.DbAsync(db => db.Rewards.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task A_voucher_is_confirmed_once_with_its_cost_and_the_balance_after_and_nothing_is_spent_before()
    {
        var (session, member) = await app.SignInNewStaffAsync(2_900);
        var pulsa = await RewardAsync("Pulsa Rp25.000");

        var confirm = await session.GetDocumentAsync($"/Rewards/Redeem/{pulsa}");
        (await app.BalanceAsync(member)).ShouldBe(2_900, "opening the confirmation spends nothing");
        confirm.QuerySelector("[data-testid=balance-after]")!.TextContent.ShouldBe("400 poin");
        confirm.QuerySelector("[data-testid=confirm]")!.TextContent.ShouldBe("Ya, tukar 2.500 poin");
        var key = confirm.QuerySelector("input[name='Form.RequestKey']")!.GetAttribute("value")!;
        var receipt = await session.RedeemToReceiptAsync($"/Rewards/Redeem/{pulsa}", new() { ["Form.RequestKey"] = key });

        receipt.ShouldContain("data-testid=\"voucher-code\"");
        (await app.BalanceAsync(member)).ShouldBe(400);
    }

    [Fact]
    public async Task My_rewards_is_one_tap_from_the_catalog_and_home_newest_first_and_history_opens_the_receipt()
    {
        var (session, _) = await app.SignInNewStaffAsync(7_000);
        await session.GetHtmlAsync("/Rewards");
        foreach (var name in new[] { "Pulsa Rp25.000", "Tiket Bioskop" })
        {
            var id = await RewardAsync(name);
            var response = await session.PostFormAsync($"/Rewards/Redeem/{id}", new() { ["Form.RequestKey"] = Guid.NewGuid().ToString("N") });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await session.GetDocumentAsync("/Rewards")).QuerySelector("[data-testid=my-rewards]")!.GetAttribute("href").ShouldBe("/Rewards/Mine");
        (await session.GetDocumentAsync("/")).QuerySelector("[data-testid=home-my-rewards]")!.GetAttribute("href").ShouldBe("/Rewards/Mine");
        var mine = await session.GetDocumentAsync("/Rewards/Mine");
        mine.QuerySelectorAll(".card-title a").Select(a => a.TextContent).Take(2).ShouldBe(["Tiket Bioskop", "Pulsa Rp25.000"]);
        var history = await session.GetDocumentAsync("/Ledger");
        var link = history.QuerySelector("[data-testid=history-receipt]")!;
        link.TextContent.ShouldBe("Tukar: Tiket Bioskop");
        (await session.Client.GetAsync(link.GetAttribute("href"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_rewards_detail_page_says_what_it_is_how_it_is_used_and_what_is_left()
    {
        var (session, _) = await app.SignInNewStaffAsync(100);
        var pulsa = await RewardAsync("Pulsa Rp25.000");

        var catalog = await session.GetDocumentAsync("/Rewards");
        catalog.QuerySelector($"#reward-{pulsa} a")!.GetAttribute("href").ShouldBe($"/Rewards/{pulsa}");
        var detail = await session.GetDocumentAsync($"/Rewards/{pulsa}");

        detail.QuerySelector("h1")!.TextContent.ShouldBe("Pulsa Rp25.000");
        detail.QuerySelector("main")!.TextContent.ShouldContain("Cara pakai");
        detail.QuerySelector("main")!.TextContent.ShouldContain("Kodenya langsung muncul");
        detail.QuerySelector("main")!.TextContent.ShouldContain("Stok");
        detail.QuerySelector("[data-testid=redeem]").ShouldBeNull("100 points are not enough, so it says how many are missing instead");
        (await session.Client.GetAsync("/Rewards/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
