using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Rewards;

public class RewardStudioTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_marketer_adds_a_reward_fills_its_code_pool_and_duplicates_are_rejected_by_name()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Rewards/Edit");

        var created = await marketer.PostFormAsync("/Studio/Rewards/Edit", new()
        {
            ["name"] = "Voucher Bensin Rp20.000", ["description"] = "SPBU", ["category"] = "EVoucher", ["cost"] = "2000", ["valueIdr"] = "20000",
            ["stock"] = "3", ["period"] = "Month", ["limit"] = "1",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = created.Headers.Location!.ToString();
        await marketer.GetHtmlAsync(edit);

        var html = WebUtility.HtmlDecode(await (await marketer.PostFormAsync($"{edit}?handler=Codes", new() { ["codes"] = "BNS-1\nBNS-2\nBNS-2\nBNS-3" })).Content.ReadAsStringAsync());
        var again = WebUtility.HtmlDecode(await (await marketer.PostFormAsync($"{edit}?handler=Codes", new() { ["codes"] = "BNS-1\nBNS-4" })).Content.ReadAsStringAsync());

        html.ShouldContain("2 kode ditambahkan.");
        html.ShouldContain("Ditolak karena sudah ada atau ganda: BNS-2");
        again.ShouldContain("1 kode ditambahkan.");
        again.ShouldContain("BNS-1");
        var reward = await app.DbAsync(db => db.Rewards.Include(r => r.Codes).SingleAsync(r => r.Name == "Voucher Bensin Rp20.000"));
        reward.Codes.Select(c => c.Code).Order().ShouldBe(["BNS-1", "BNS-3", "BNS-4"]);
        reward.LimitPerMember.ShouldBe(1);
        (await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.TargetType == "reward" && a.TargetId == reward.Id.ToString()))).ShouldBe(3);
    }

    [Fact]
    public async Task An_e_wallet_top_up_code_reward_redeems_in_one_tap_while_an_e_wallet_reward_by_default_asks_for_a_wallet()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Rewards/Edit");
        Dictionary<string, string> Form(string name, string fulfilment) => new()
        {
            ["name"] = name, ["category"] = "EWallet", ["cost"] = "900", ["valueIdr"] = "10000", ["stock"] = "5", ["period"] = "Month", ["fulfilment"] = fulfilment,
        };

        (await marketer.PostFormAsync("/Studio/Rewards/Edit", Form("Top-up OVO Rp10.000", "Code"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await marketer.PostFormAsync("/Studio/Rewards/Edit", Form("Transfer OVO Rp10.000", ""))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (member, _) = await app.SignInNewStaffAsync(1_000);
        var catalog = await member.GetDocumentAsync("/Rewards");
        var topUp = catalog.QuerySelectorAll("li.reward").Single(li => li.TextContent.Contains("Top-up OVO Rp10.000"));
        var transfer = catalog.QuerySelectorAll("li.reward").Single(li => li.TextContent.Contains("Transfer OVO Rp10.000"));
        var (topUpPage, transferPage) = (await member.GetDocumentAsync(topUp.QuerySelector("a.button")!.GetAttribute("href")!),
            await member.GetDocumentAsync(transfer.QuerySelector("a.button")!.GetAttribute("href")!));
        topUpPage.QuerySelector("[data-testid=confirm]")!.TextContent.ShouldBe("Ya, tukar 900 poin");
        topUpPage.QuerySelector("#Form_WalletNumber").ShouldBeNull();
        transferPage.QuerySelector("#Form_WalletNumber").ShouldNotBeNull("a transfer asks for the wallet on the same confirmation");
    }

    [Fact]
    public async Task Stock_cannot_be_taken_below_zero_and_alerts_show_low_stock()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var polo = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Kaos Polo Arena").Select(r => r.Id).SingleAsync());
        await marketer.GetHtmlAsync($"/Studio/Rewards/Edit/{polo}");

        var html = WebUtility.HtmlDecode(await (await marketer.PostFormAsync($"/Studio/Rewards/Edit/{polo}?handler=Stock", new() { ["delta"] = "-1" })).Content.ReadAsStringAsync());
        var list = await marketer.GetDocumentAsync("/Studio/Rewards");

        html.ShouldContain("Stok harus antara 0 dan 1.000.000.");
        (await app.DbAsync(db => db.Rewards.Where(r => r.Id == polo).Select(r => r.Stock).SingleAsync())).ShouldBe(0);
        list.QuerySelectorAll("[data-testid=low-stock]").Length.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("1000001")]
    [InlineData("99999999999")]
    public async Task A_huge_stock_is_refused_with_a_message_and_the_catalog_keeps_working(string delta)
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var tumbler = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Tumbler Arena 500 ml").Select(r => r.Id).SingleAsync());
        var before = await app.DbAsync(db => db.Rewards.Where(r => r.Id == tumbler).Select(r => r.Stock).SingleAsync());
        await marketer.GetHtmlAsync($"/Studio/Rewards/Edit/{tumbler}");

        var response = await marketer.PostFormAsync($"/Studio/Rewards/Edit/{tumbler}?handler=Stock", new() { ["delta"] = delta });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Stok harus antara 0 dan 1.000.000.");
        (await app.DbAsync(db => db.Rewards.Where(r => r.Id == tumbler).Select(r => r.Stock).SingleAsync())).ShouldBe(before);
        using var staff = await app.SignInAsync(DemoProgram.StaffEmail);
        (await staff.GetHtmlAsync("/Rewards")).ShouldContain("Tumbler Arena 500 ml");
    }
}

public class LiabilityTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_liability_view_values_outstanding_points_and_costs_each_reward()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var outstanding = await app.DbAsync(db => db.Wallets.SumAsync(w => (long)w.Balance));
        var pulsaRedemptions = await app.DbAsync(db => db.Redemptions.CountAsync(r => r.Reward!.Name == "Pulsa Rp25.000"));

        var page = await marketer.GetDocumentAsync("/Studio/Liability");

        page.QuerySelector("[data-testid=outstanding-idr]")!.TextContent.ShouldBe("Rp" + (outstanding * 10).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID")));
        var pulsa = page.QuerySelectorAll("[data-testid=per-reward] tbody tr").Single(r => r.TextContent.Contains("Pulsa Rp25.000"));
        pulsa.QuerySelectorAll("td")[1].TextContent.ShouldBe(pulsaRedemptions.ToString());
        pulsa.QuerySelectorAll("td")[2].TextContent.ShouldBe("Rp" + (pulsaRedemptions * 25_000L).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID")));
    }
}
