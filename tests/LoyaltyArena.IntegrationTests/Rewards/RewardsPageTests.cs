using System.Net;
using System.Text.RegularExpressions;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Rewards;

public partial class RewardsPageTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    [Fact]
    public async Task Redeeming_shows_the_voucher_code_at_once_and_keeps_it_under_my_rewards()
    {
        var (session, member) = await app.SignInNewStaffAsync(3_000);
        var pulsa = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Pulsa Rp25.000").Select(r => r.Id).SingleAsync());
        var key = await KeyForAsync(session, pulsa);

        var html = await session.RedeemToReceiptAsync($"/Rewards/Redeem/{pulsa}", new() { ["Form.RequestKey"] = key });

        html.ShouldContain("Berhasil! Pulsa Rp25.000 sudah jadi milikmu.");
        var code = Code().Match(html).Groups[1].Value;
        code.ShouldStartWith("PLS25-");
        html.ShouldContain("data-testid=\"balance\">500<");
        (await session.GetHtmlAsync("/Rewards/Mine")).ShouldContain(code);
        (await session.GetHtmlAsync("/Ledger")).ShouldContain("Tukar: Pulsa Rp25.000");
        (await app.BalanceAsync(member)).ShouldBe(500);
    }

    [Fact]
    public async Task Posting_the_same_form_twice_redeems_once_and_says_so()
    {
        var (session, member) = await app.SignInNewStaffAsync(6_000);
        var reward = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Tiket Bioskop").Select(r => r.Id).SingleAsync());
        var stock = await app.DbAsync(db => db.Rewards.Where(r => r.Id == reward).Select(r => r.Stock).SingleAsync());
        var form = new Dictionary<string, string> { ["Form.RequestKey"] = await KeyForAsync(session, reward) };

        var first = await session.RedeemToReceiptAsync($"/Rewards/Redeem/{reward}", form);
        var second = await session.RedeemToReceiptAsync($"/Rewards/Redeem/{reward}", form);

        second.ShouldContain("sudah kamu tukar dengan permintaan ini");
        Code().Match(second).Groups[1].Value.ShouldBe(Code().Match(first).Groups[1].Value);
        (await app.BalanceAsync(member)).ShouldBe(2_000);
        (await app.DbAsync(db => db.Rewards.Where(r => r.Id == reward).Select(r => r.Stock).SingleAsync())).ShouldBe(stock - 1);
    }

    [Fact]
    public async Task Asking_for_a_reward_beyond_my_points_explains_how_many_are_missing()
    {
        var (session, member) = await app.SignInNewStaffAsync(1_000);
        await session.GetHtmlAsync("/Rewards");
        var voucher = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Voucher Belanja Rp50.000").Select(r => r.Id).SingleAsync());

        var html = await (await session.PostFormAsync($"/Rewards/Redeem/{voucher}", new() { ["Form.RequestKey"] = "k1" })).Content.ReadAsStringAsync();

        html.ShouldContain("Poin kamu belum cukup: kurang 4.000 poin untuk Voucher Belanja Rp50.000.");
        html.ShouldContain("Poin dan stok tidak berubah.");
        (await app.BalanceAsync(member)).ShouldBe(1_000);
    }

    [Fact]
    public async Task An_out_of_stock_reward_has_no_redeem_button_and_a_forced_post_is_refused()
    {
        var (session, member) = await app.SignInNewStaffAsync(5_000);
        var polo = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Kaos Polo Arena").Select(r => r.Id).SingleAsync());

        var catalog = await session.GetHtmlAsync("/Rewards");
        catalog.ShouldNotContain($"href=\"/Rewards/Redeem/{polo}\"");
        var html = await (await session.PostFormAsync($"/Rewards/Redeem/{polo}", new() { ["Form.RequestKey"] = "k2" })).Content.ReadAsStringAsync();

        html.ShouldContain("Stok Kaos Polo Arena sudah habis.");
        (await app.BalanceAsync(member)).ShouldBe(5_000);
    }

    [Fact]
    public async Task A_gold_only_reward_shows_locked_to_a_bronze_member_and_cannot_be_forced()
    {
        var (session, member) = await app.SignInNewStaffAsync(50_000);
        var gopay = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Cashback e-wallet Rp100.000").Select(r => r.Id).SingleAsync());
        await app.DbAsync(db => db.MemberTiers.Where(t => t.MemberId == member).ExecuteUpdateAsync(s => s.SetProperty(t => t.TierId, 1)));

        var catalog = WebUtility.HtmlDecode(await session.GetHtmlAsync("/Rewards"));
        var html = WebUtility.HtmlDecode(await (await session.PostFormAsync($"/Rewards/Redeem/{gopay}", new() { ["Form.RequestKey"] = "k3" })).Content.ReadAsStringAsync());

        catalog.ShouldContain("Khusus Gold");
        catalog.ShouldNotContain($"href=\"/Rewards/Redeem/{gopay}\"");
        html.ShouldContain("Cashback e-wallet Rp100.000 khusus untuk tier Gold ke atas.");
        (await app.BalanceAsync(member)).ShouldBe(50_000);
    }

    [Fact]
    public async Task Home_tells_the_demo_staff_member_how_far_the_next_reward_is()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var html = await session.GetHtmlAsync("/");

        html.ShouldContain("Berikutnya: Pulsa Rp25.000");
        html.ShouldContain("100 poin lagi");
        html.ShouldContain("Pengenalan Produk");
    }

    /// <summary>The request key the reward's confirmation page renders into its form (the catalog links there).</summary>
    private static async Task<string> KeyForAsync(ArenaSession session, int rewardId)
    {
        (await session.GetHtmlAsync("/Rewards")).ShouldContain($"href=\"/Rewards/Redeem/{rewardId}\"");
        var match = Regex.Match(await session.GetHtmlAsync($"/Rewards/Redeem/{rewardId}"), "name=\"Form.RequestKey\" value=\"([0-9a-f]+)\"");
        match.Success.ShouldBeTrue("the confirmation has a form with a request key");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("data-testid=\"voucher-code\">([^<]+)<")]
    private static partial Regex Code();
}

public class CatalogFilterTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_catalog_filters_by_category_and_search_and_sorts_by_points()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var pulsa = await session.GetDocumentAsync("/Rewards?category=Pulsa");
        var search = await session.GetDocumentAsync("/Rewards?q=voucher");
        var dearest = await session.GetDocumentAsync("/Rewards?sort=desc");

        pulsa.QuerySelectorAll("li.reward .card-title").Select(t => t.TextContent).ShouldBe(["Pulsa Rp25.000"]);
        search.QuerySelectorAll("li.reward .card-title").Select(t => t.TextContent).ShouldBe(["Voucher Belanja Rp50.000"]);
        dearest.QuerySelectorAll("li.reward .card-title").First().TextContent.ShouldBe("Cashback e-wallet Rp100.000");
    }
}

public class WishTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_member_picks_a_reward_as_their_goal_and_home_counts_down_to_it()
    {
        var (session, _) = await app.SignInNewStaffAsync(1_000);
        var voucher = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Voucher Belanja Rp50.000").Select(r => r.Id).SingleAsync());
        await session.GetHtmlAsync("/Rewards");

        (await session.PostFormAsync("/Rewards?handler=Wish", new() { ["rewardId"] = voucher.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var home = WebUtility.HtmlDecode(await session.GetHtmlAsync("/"));
        home.ShouldContain("Target kamu: Voucher Belanja Rp50.000");
        home.ShouldContain("4.000 poin lagi");

        await session.PostFormAsync("/Rewards?handler=Wish", new() { ["rewardId"] = voucher.ToString() });
        WebUtility.HtmlDecode(await session.GetHtmlAsync("/")).ShouldContain("Berikutnya: Kelas Teknik Pewarnaan");
    }
}
