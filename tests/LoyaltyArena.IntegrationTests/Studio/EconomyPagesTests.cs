using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Studio;

public class EconomyPagesTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    [Fact]
    public async Task A_marketer_credits_a_member_and_both_the_history_and_the_audit_log_show_why()
    {
        var (memberSession, member) = await app.SignInNewStaffAsync(100);
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var page = await marketer.GetHtmlAsync($"/Studio/Members/Detail/{member}");
        var key = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.RequestKey\" value=\"([0-9a-f]+)\"").Groups[1].Value;

        var response = await marketer.PostFormAsync($"/Studio/Members/Detail/{member}?handler=Adjust", new()
        {
            ["Input.Credit"] = "true", ["Input.Points"] = "250", ["Input.Reason"] = "Bonus pameran Jakarta", ["Input.RequestKey"] = key,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.BalanceAsync(member)).ShouldBe(350);
        (await memberSession.GetHtmlAsync("/Ledger")).ShouldContain("Koreksi: Bonus pameran Jakarta");
        var audit = await marketer.GetHtmlAsync("/Studio/Audit");
        audit.ShouldContain("Bonus pameran Jakarta");
        audit.ShouldContain("Maya Pratiwi");
    }

    [Fact]
    public async Task A_debit_beyond_the_balance_is_refused_on_the_page_with_a_reason()
    {
        var member = await app.NewStaffAsync(100);
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync($"/Studio/Members/Detail/{member}");

        var html = WebUtility.HtmlDecode(await (await marketer.PostFormAsync($"/Studio/Members/Detail/{member}?handler=Adjust", new()
        {
            ["Input.Credit"] = "false", ["Input.Points"] = "500", ["Input.Reason"] = "Retur barang", ["Input.RequestKey"] = "r1",
        })).Content.ReadAsStringAsync());

        html.ShouldContain("Saldo anggota tidak cukup; poin tidak boleh minus.");
        (await app.BalanceAsync(member)).ShouldBe(100);
        (await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.TargetId == member.ToString()))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_marketer_changes_a_tier_and_the_change_is_audited()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Tiers");

        var response = await marketer.PostFormAsync("/Studio/Tiers", new()
        {
            ["tierId"] = "3", ["name"] = "Gold", ["threshold"] = "5000", ["multiplier"] = "1.3",
            ["benefitsId"] = "Poin x1,3", ["benefitsEn"] = "x1.3 points", ["color"] = "#9a7208",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.DbAsync(db => db.Tiers.SingleAsync(t => t.Id == 3))).MultiplierPercent.ShouldBe(130);
        (await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "tier.edit" && a.TargetId == "3"))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_tier_that_leaves_no_starting_tier_is_refused()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Tiers");

        var html = WebUtility.HtmlDecode(await (await marketer.PostFormAsync("/Studio/Tiers", new()
        {
            ["tierId"] = "1", ["name"] = "Bronze", ["threshold"] = "100", ["multiplier"] = "1", ["benefitsId"] = "", ["benefitsEn"] = "", ["color"] = "#a0612b",
        })).Content.ReadAsStringAsync());

        html.ShouldContain("Harus ada satu tier yang mulai dari 0 poin.");
        (await app.DbAsync(db => db.Tiers.SingleAsync(t => t.Id == 1))).Threshold.ShouldBe(0);
    }

    [Theory]
    [InlineData("/Studio/Products?handler=Rule", "until")]
    [InlineData("/Studio/Rewards/Edit", "until")]
    public async Task A_date_at_the_edge_of_the_calendar_is_refused_with_a_message(string url, string field)
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Products");
        var product = await app.DbAsync(db => db.Products.Select(p => p.Id).FirstAsync());
        var rules = await app.DbAsync(db => db.EarnRules.CountAsync());
        var rewards = await app.DbAsync(db => db.Rewards.CountAsync());

        var response = await marketer.PostFormAsync(url, new()
        {
            ["productId"] = product.ToString(), ["step"] = "1", ["points"] = "10", [field] = "9999-12-31",
            ["name"] = "Payung Arena", ["category"] = "Merchandise", ["cost"] = "500", ["valueIdr"] = "50000", ["stock"] = "3", ["period"] = "Month",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Tanggal harus antara tahun 2000 dan 2100.");
        (await app.DbAsync(db => db.EarnRules.CountAsync())).ShouldBe(rules);
        (await app.DbAsync(db => db.Rewards.CountAsync())).ShouldBe(rewards);
    }

    [Fact]
    public async Task Editing_a_tier_that_is_not_there_gets_the_not_found_page()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Tiers");

        var response = await marketer.PostFormAsync("/Studio/Tiers", new()
        {
            ["tierId"] = "80982", ["name"] = "Diamond", ["threshold"] = "9574", ["multiplier"] = "1,25", ["benefitsId"] = "", ["benefitsEn"] = "", ["color"] = "#9a7208",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.DbAsync(db => db.Tiers.AnyAsync(t => t.Name == "Diamond"))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a-request-key-far-longer-than-any-form-would-send-a-request-key-far-longer-than-any-form-would-send")]
    public async Task A_credit_whose_form_lost_its_request_key_is_still_recorded_once(string key)
    {
        var member = await app.NewStaffAsync(100);
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync($"/Studio/Members/Detail/{member}");

        var response = await marketer.PostFormAsync($"/Studio/Members/Detail/{member}?handler=Adjust", new()
        {
            ["Input.Credit"] = "true", ["Input.Points"] = "50", ["Input.Reason"] = "Bonus pameran Bandung", ["Input.RequestKey"] = key,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.BalanceAsync(member)).ShouldBe(150);
    }

    [Fact]
    public async Task An_absurd_multiplier_is_refused_with_the_range_message()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Tiers");

        var response = await marketer.PostFormAsync("/Studio/Tiers", new()
        {
            ["tierId"] = "4", ["name"] = "Platinum", ["threshold"] = "15000", ["multiplier"] = "99999999999", ["benefitsId"] = "", ["benefitsEn"] = "", ["color"] = "#5b6b7a",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.DbAsync(db => db.Tiers.SingleAsync(t => t.Id == 4))).MultiplierPercent.ShouldBeLessThanOrEqualTo(500);
    }

    [Theory]
    [InlineData("/Studio/Members/Detail/999999?handler=Suspend", "reason", "Penipuan")]
    [InlineData("/Studio/Surveys?handler=Ask", "surveyId", "999999")]
    [InlineData("/Studio/Surveys?handler=Publish", "published", "false")]
    [InlineData("/Studio/Modules/Edit/1?handler=RemoveLesson", "lessonId", "999999")]
    [InlineData("/Studio/Modules/Edit/1?handler=RemoveQuestion", "questionId", "999999")]
    [InlineData("/Studio/Modules/Edit/999999?handler=Quiz", "points", "10")]
    public async Task An_id_that_names_nothing_gets_the_not_found_page_and_changes_nothing(string url, string field, string value)
    {
        using var admin = await app.SignInAsync(DemoProgram.AdminEmail);
        await admin.GetHtmlAsync("/Studio");
        var audits = await app.DbAsync(db => db.AuditEntries.CountAsync());

        var form = new Dictionary<string, string> { ["surveyId"] = "999999", ["kind"] = "Rating", ["text"] = "Pertanyaan?", ["passMark"] = "70", ["timeLimit"] = "300" };
        form[field] = value;
        var response = await admin.PostFormAsync(url, form);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Halaman tidak ditemukan");
        (await app.DbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(audits);
    }

    [Theory]
    [InlineData(DemoProgram.StaffEmail, "/Studio/Members", HttpStatusCode.Forbidden)]
    [InlineData(DemoProgram.MarketerEmail, "/Studio/ApiKeys", HttpStatusCode.Forbidden)]
    [InlineData(DemoProgram.AdminEmail, "/Studio/ApiKeys", HttpStatusCode.OK)]
    [InlineData(DemoProgram.MarketerEmail, "/Studio/Products", HttpStatusCode.OK)]
    public async Task Studio_pages_follow_roles(string email, string url, HttpStatusCode expected) =>
        (await (await app.SignInAsync(email)).Client.GetAsync(url)).StatusCode.ShouldBe(expected);

    [Fact]
    public async Task History_can_be_filtered_to_one_kind_of_movement()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var redeemed = await session.GetHtmlAsync("/Ledger?filter=Redeemed");
        var earned = WebUtility.HtmlDecode(await session.GetHtmlAsync("/Ledger?filter=In"));

        redeemed.ShouldContain("Belum ada riwayat poin.");
        earned.ShouldContain("Penjualan: Cat Arena Pro 5L x 14");
        earned.ShouldContain("Sisa 800 poin, hangus");
    }

    [Fact]
    public async Task The_rules_page_is_generated_from_the_live_configuration_in_both_languages()
    {
        var anonymous = app.Anonymous();

        var html = WebUtility.HtmlDecode(await anonymous.GetHtmlAsync("/Rules"));
        var english = WebUtility.HtmlDecode(await anonymous.GetHtmlAsync("/Rules?culture=en-US"));

        html.ShouldContain("Jual 1 Arena Pro 1L (demo)");
        html.ShouldContain("Lulus kuis: Pengenalan Produk");
        html.ShouldContain("Platinum");
        html.ShouldContain("Poin hangus 12 bulan setelah diperoleh.");
        english.ShouldContain("Points expire 12 months after they are earned");
        english.ShouldContain("Sell 10 Cat Tembok Arena Pro 5L");
    }
}
