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

    [Fact]
    public async Task A_class_ticket_says_where_and_when_with_its_terms_before_redeeming_and_again_on_the_receipt()
    {
        var (session, _) = await app.SignInNewStaffAsync(2_000);
        var kelas = await RewardAsync("Kelas Teknik Pewarnaan");

        foreach (var page in new[] { $"/Rewards/{kelas}", $"/Rewards/Redeem/{kelas}" })
        {
            var doc = await session.GetDocumentAsync(page);
            doc.QuerySelector("[data-testid=event]")!.TextContent.ShouldContain("Cikarang", customMessage: page);
            doc.QuerySelector("[data-testid=event]")!.TextContent.ShouldContain("09.00", customMessage: $"{page}: 09:00 in Jakarta");
            doc.QuerySelector("[data-testid=terms]")!.TextContent.ShouldContain("meja pendaftaran", customMessage: page);
        }
        var key = (await session.GetDocumentAsync($"/Rewards/Redeem/{kelas}")).QuerySelector("input[name='Form.RequestKey']")!.GetAttribute("value")!;
        var receipt = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await session.RedeemToReceiptAsync($"/Rewards/Redeem/{kelas}", new() { ["Form.RequestKey"] = key }));

        receipt.QuerySelector("[data-testid=voucher-code]").ShouldNotBeNull();
        receipt.QuerySelector("[data-testid=event]")!.TextContent.ShouldContain("Pusat Pelatihan Arena Cat");
        receipt.QuerySelector("[data-testid=terms]").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_marketer_writes_a_rewards_terms_venue_and_time_and_terms_too_long_are_refused_without_a_change()
    {
        using var marketer = await app.SignInAsync(Core.Data.DemoProgram.MarketerEmail);
        var bioskop = await RewardAsync("Tiket Bioskop");
        await marketer.GetHtmlAsync($"/Studio/Rewards/Edit/{bioskop}");
        Dictionary<string, string> Form(string terms) => new()
        {
            ["name"] = "Tiket Bioskop", ["description"] = "Satu tiket nonton 2D.", ["category"] = "Experience", ["cost"] = "4000", ["valueIdr"] = "40000",
            ["period"] = "Month", ["limit"] = "1", ["terms"] = terms, ["eventPlace"] = "Bioskop Plaza Senayan", ["eventAt"] = "2027-01-09T19:30",
        };

        var refused = await marketer.PostFormAsync($"/Studio/Rewards/Edit/{bioskop}", Form(new string('x', 1001)));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("paling banyak 1.000 karakter");
        (await marketer.PostFormAsync($"/Studio/Rewards/Edit/{bioskop}", Form("Hanya hari Sabtu."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = await app.DbAsync(db => db.Rewards.Where(r => r.Id == bioskop).Select(r => new { r.Terms, r.EventPlace, r.EventAt }).SingleAsync());
        saved.Terms.ShouldBe("Hanya hari Sabtu.");
        saved.EventPlace.ShouldBe("Bioskop Plaza Senayan");
        saved.EventAt.ShouldBe(new DateTime(2027, 1, 9, 12, 30, 0), "19:30 in Jakarta is 12:30 UTC");
        (await marketer.GetHtmlAsync($"/Studio/Rewards/Edit/{bioskop}")).ShouldContain("value=\"2027-01-09T19:30\"");
    }

    [Fact]
    public async Task Each_demo_reward_shows_a_picture_drawn_for_it_and_a_marketer_can_pick_one_for_a_reward_without_a_photo()
    {
        var (session, _) = await app.SignInNewStaffAsync(0);
        var pictures = (await session.GetDocumentAsync("/Rewards")).QuerySelectorAll("img.reward-image").Select(i => i.GetAttribute("src")!).ToList();
        pictures.Count.ShouldBeGreaterThanOrEqualTo(7);
        pictures.ShouldAllBe(src => src.StartsWith("/img/rewards/") && src.Contains(".svg?v="));
        pictures.Distinct().Count().ShouldBe(pictures.Count, "a picture per reward, not per kind");
        using var svg = await session.Client.GetAsync(pictures[0]);
        svg.StatusCode.ShouldBe(HttpStatusCode.OK);
        svg.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");

        using var marketer = await app.SignInAsync(Core.Data.DemoProgram.MarketerEmail);
        var id = await app.DbAsync(async db =>
        {
            var reward = new Core.Rewards.Reward("Topi Arena", "Topi resmi.", Core.Rewards.RewardCategory.Merchandise, 1_000, 5, 30_000);
            db.Rewards.Add(reward);
            await db.SaveChangesAsync();
            return reward.Id;
        });
        await marketer.GetHtmlAsync($"/Studio/Rewards/Edit/{id}");
        (await marketer.PostFormAsync($"/Studio/Rewards/Edit/{id}?handler=Image", new() { ["drawn"] = "../../appsettings" })).StatusCode.ShouldBe(HttpStatusCode.OK, "not a drawn picture: asked for a file");
        (await app.DbAsync(db => db.Rewards.Where(r => r.Id == id).Select(r => r.Image).SingleAsync())).ShouldBeNull();
        (await marketer.PostFormAsync($"/Studio/Rewards/Edit/{id}?handler=Image", new() { ["drawn"] = "kaos-polo" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.Rewards.Where(r => r.Id == id).Select(r => r.Image).SingleAsync())).ShouldBe("drawn/kaos-polo");
    }
}
