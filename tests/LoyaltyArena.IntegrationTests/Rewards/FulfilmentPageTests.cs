using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.IntegrationTests.Infrastructure;
using LoyaltyArena.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Rewards;

/// <summary>The same journeys through the pages a member and a marketer use.</summary>
public class FulfilmentPageTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private Task<int> RewardAsync(string name) => app.DbAsync(db => db.Rewards.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

    private static Dictionary<string, string> Wallet(string provider, string number) => new()
    {
        ["Form.Provider"] = provider, ["Form.WalletNumber"] = number, ["Form.RequestKey"] = Guid.NewGuid().ToString("N"),
    };

    private static Dictionary<string, string> Address(string postalCode = "40162") => new()
    {
        ["Form.Recipient"] = "Rina Saputra", ["Form.Phone"] = "0813 2222 3333", ["Form.Address"] = "Jl. Asia Afrika No. 5, RT 03/RW 01",
        ["Form.City"] = "Bandung", ["Form.PostalCode"] = postalCode, ["Form.RequestKey"] = Guid.NewGuid().ToString("N"),
    };

    private static string ReceiptUrl(HttpResponseMessage response) => ArenaSession.ReceiptUrl(response);

    [Fact]
    public async Task Cashback_is_redeemed_with_a_wallet_number_and_the_member_sees_it_paid_once_the_team_records_the_transfer()
    {
        var (member, memberId) = await app.SignInNewStaffAsync(3_000);
        var cashback = await RewardAsync("Cashback e-wallet Rp20.000");
        (await member.GetHtmlAsync($"/Rewards/Redeem/{cashback}")).ShouldContain("Kirim ke e-wallet");

        var receiptUrl = ReceiptUrl(await member.PostFormAsync($"/Rewards/Redeem/{cashback}", Wallet("OVO", "0812 3456 7890")));
        var receipt = WebUtility.HtmlDecode(await member.GetHtmlAsync(receiptUrl));
        receipt.ShouldContain("Berhasil! Cashback e-wallet Rp20.000 sudah jadi milikmu.");
        receipt.ShouldContain("Menunggu pembayaran");
        receipt.ShouldContain("OVO 081234567890");
        (await app.BalanceAsync(memberId)).ShouldBe(1_000);
        (await member.GetHtmlAsync(receiptUrl)).ShouldNotContain("Berhasil!", customMessage: "a reload does not announce it again");

        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var queue = await marketer.GetDocumentAsync("/Studio/Fulfilment");
        var id = receiptUrl.Split('/', '?')[3];
        queue.QuerySelector($"#q-{id}")!.TextContent.ShouldContain("Cashback e-wallet Rp20.000");
        (await marketer.Client.GetStringAsync("/Studio/Fulfilment?handler=Csv")).ShouldContain($"\"{id}\",\"Test Staff\",\"OVO\",\"081234567890\",\"20000\",");
        var blank = WebUtility.HtmlDecode(await (await marketer.PostFormAsync("/Studio/Fulfilment?handler=Move&kind=Cashback", new() { ["redemptionId"] = id, ["to"] = "Paid", ["reference"] = " " })).Content.ReadAsStringAsync());
        blank.ShouldContain("Isi nomor referensi transfer");
        (await marketer.PostFormAsync("/Studio/Fulfilment?handler=Move&kind=Cashback", new() { ["redemptionId"] = id, ["to"] = "Paid", ["reference"] = "OVO-TRX-7781" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var paid = WebUtility.HtmlDecode(await member.GetHtmlAsync($"/Rewards/Receipt/{id}"));
        paid.ShouldContain("Sudah dibayar");
        paid.ShouldContain("Ref. OVO-TRX-7781");
        WebUtility.HtmlDecode(await member.GetHtmlAsync("/Notifications")).ShouldContain("Cashback Cashback e-wallet Rp20.000 sudah dikirim ke e-wallet kamu. Ref. OVO-TRX-7781");
        (await marketer.GetDocumentAsync("/Studio/Fulfilment")).QuerySelector($"#q-{id}").ShouldBeNull();
    }

    [Fact]
    public async Task A_wrong_wallet_number_is_explained_on_the_form_and_no_points_move()
    {
        var (member, memberId) = await app.SignInNewStaffAsync(3_000);
        var cashback = await RewardAsync("Cashback e-wallet Rp20.000");
        var stock = await app.DbAsync(db => db.Rewards.Where(r => r.Id == cashback).Select(r => r.Stock).SingleAsync());
        await member.GetHtmlAsync($"/Rewards/Redeem/{cashback}");

        var response = await member.PostFormAsync($"/Rewards/Redeem/{cashback}", Wallet("GoPay", "021 555 1234"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Nomor e-wallet harus nomor HP Indonesia");
        html.ShouldContain("value=\"021 555 1234\"");
        html.ShouldContain("aria-invalid=\"true\"");
        (await app.BalanceAsync(memberId)).ShouldBe(3_000);
        (await app.DbAsync(db => db.Rewards.Where(r => r.Id == cashback).Select(r => r.Stock).SingleAsync())).ShouldBe(stock);
    }

    [Fact]
    public async Task Sending_the_wallet_form_twice_redeems_once_and_both_land_on_the_same_receipt()
    {
        var (member, memberId) = await app.SignInNewStaffAsync(5_000);
        var cashback = await RewardAsync("Cashback e-wallet Rp20.000");
        await member.GetHtmlAsync($"/Rewards/Redeem/{cashback}");
        var form = Wallet("GoPay", "081311112222");

        var first = ReceiptUrl(await member.PostFormAsync($"/Rewards/Redeem/{cashback}", form));
        var second = ReceiptUrl(await member.PostFormAsync($"/Rewards/Redeem/{cashback}", form));

        second.ShouldBe(first);
        (await app.BalanceAsync(memberId)).ShouldBe(3_000);
        (await app.DbAsync(db => db.Redemptions.CountAsync(r => r.MemberId == memberId))).ShouldBe(1);
    }

    [Fact]
    public async Task A_parcel_is_tracked_to_the_door_and_the_next_order_remembers_the_address()
    {
        var (member, memberId) = await app.SignInNewStaffAsync(8_000);
        var tumbler = await RewardAsync("Tumbler Arena 500 ml");
        await member.GetHtmlAsync($"/Rewards/Redeem/{tumbler}");
        (await member.PostFormAsync($"/Rewards/Redeem/{tumbler}", Address(postalCode: "401"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.BalanceAsync(memberId)).ShouldBe(8_000);

        var id = ReceiptUrl(await member.PostFormAsync($"/Rewards/Redeem/{tumbler}", Address())).Split('/', '?')[3];
        (await app.BalanceAsync(memberId)).ShouldBe(4_500);
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        (await marketer.GetHtmlAsync("/Studio/Fulfilment?kind=Shipment")).ShouldContain("Jl. Asia Afrika No. 5");
        Task<HttpResponseMessage> Move(string to, string? tracking = null) => marketer.PostFormAsync("/Studio/Fulfilment?handler=Move&kind=Shipment",
            new() { ["redemptionId"] = id, ["to"] = to, ["reference"] = tracking ?? "", ["courier"] = tracking is null ? "" : "J&T Express" });
        (await Move("Packed")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Move("Shipped", "JP7788990011")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var receipt = WebUtility.HtmlDecode(await member.GetHtmlAsync($"/Rewards/Receipt/{id}"));
        receipt.ShouldContain("J&T Express");
        receipt.ShouldContain("JP7788990011");
        WebUtility.HtmlDecode(await member.GetHtmlAsync("/Rewards/Mine")).ShouldContain("Resi JP7788990011");
        (await Move("Delivered")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await member.GetHtmlAsync($"/Rewards/Receipt/{id}")).ShouldContain("is-done\">Selesai");

        var again = WebUtility.HtmlDecode(await member.GetHtmlAsync($"/Rewards/Redeem/{tumbler}"));
        again.ShouldContain("Jl. Asia Afrika No. 5, RT 03/RW 01");
        again.ShouldContain("value=\"081322223333\"");
    }

    [Fact]
    public async Task A_member_named_like_a_formula_stays_text_in_the_payout_csv()
    {
        var (member, memberId) = await app.SignInNewStaffAsync(3_000);
        await app.DbAsync(db => db.Members.Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.DisplayName, "=HYPERLINK(\"http://x\")")));
        var cashback = await RewardAsync("Cashback e-wallet Rp20.000");
        await member.GetHtmlAsync($"/Rewards/Redeem/{cashback}");
        ReceiptUrl(await member.PostFormAsync($"/Rewards/Redeem/{cashback}", Wallet("DANA", "0812 7777 1234")));

        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var csv = await marketer.Client.GetStringAsync("/Studio/Fulfilment?handler=Csv");

        csv.ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\"");
        csv.ShouldNotContain(",\"=HYPERLINK");
    }

    [Fact]
    public async Task A_training_seat_is_one_tap_and_the_door_admits_its_ticket_once()
    {
        var (member, _) = await app.SignInNewStaffAsync(2_000);
        var training = await RewardAsync("Kelas Teknik Pewarnaan");
        await member.GetHtmlAsync("/Rewards");
        var html = WebUtility.HtmlDecode(await member.RedeemToReceiptAsync($"/Rewards/Redeem/{training}", new() { ["Form.RequestKey"] = Guid.NewGuid().ToString("N") }, htmx: true));
        html.ShouldContain("Kode tiket kamu:");
        var ticket = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"voucher-code\">(TK[^<]+)<").Groups[1].Value;
        ticket.ShouldNotBeEmpty();

        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var check = await marketer.GetDocumentAsync($"/Studio/Fulfilment?kind=Ticket&code={ticket.ToLowerInvariant()}");
        check.Body!.TextContent.ShouldContain("Tiket berlaku");
        var id = check.QuerySelector("input[name=redemptionId]")!.GetAttribute("value")!;
        (await marketer.PostFormAsync($"/Studio/Fulfilment?handler=Move&kind=Ticket&code={ticket}", new() { ["redemptionId"] = id, ["to"] = "Delivered" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await marketer.GetHtmlAsync($"/Studio/Fulfilment?kind=Ticket&code={ticket}")).ShouldContain("Sudah dipakai");
        (await member.GetHtmlAsync($"/Rewards/Receipt/{id}")).ShouldContain("Sudah dipakai");
        (await marketer.GetHtmlAsync("/Studio/Fulfilment?kind=Ticket&code=TK0-NOPE-NOPE")).ShouldContain("Tiket TK0-NOPE-NOPE tidak ditemukan.");
    }

    [Fact]
    public async Task Nobody_sees_another_members_receipt_and_staff_cannot_open_the_fulfilment_queue()
    {
        var (owner, _) = await app.SignInNewStaffAsync(3_000);
        await owner.GetHtmlAsync("/Rewards");
        var id = ReceiptUrl(await owner.PostFormAsync($"/Rewards/Redeem/{await RewardAsync("Cashback e-wallet Rp20.000")}", Wallet("DANA", "081299998888"))).Split('/', '?')[3];
        var (other, _) = await app.SignInNewStaffAsync(0);

        (await other.Client.GetAsync($"/Rewards/Receipt/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.GetAsync($"/Rewards/Receipt/{id}?handler=Card")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var card = await owner.GetHtmlAsync($"/Rewards/Receipt/{id}?handler=Card", htmx: true);
        card.ShouldStartWith("<section class=\"card\" id=\"receipt\"");
        card.ShouldContain("Menunggu pembayaran");
        (await other.Client.GetAsync("/Studio/Fulfilment")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Client.GetAsync("/Studio/Fulfilment?handler=Csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_receipt_email_for_a_parcel_names_the_address_and_the_one_for_cashback_masks_the_wallet()
    {
        var (member, memberId) = await app.SignInNewStaffAsync(6_000);
        await member.GetHtmlAsync("/Rewards");
        ReceiptUrl(await member.PostFormAsync($"/Rewards/Redeem/{await RewardAsync("Tumbler Arena 500 ml")}", Address()));
        ReceiptUrl(await member.PostFormAsync($"/Rewards/Redeem/{await RewardAsync("Cashback e-wallet Rp20.000")}", Wallet("GoPay", "081277776666")));
        var email = await app.DbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Email).SingleAsync());
        var messages = await app.DbAsync(db => db.OutboxMessages.Where(m => m.Recipient == email && m.Template == EmailTemplates.RedemptionReceipt).OrderBy(m => m.Id).ToListAsync());

        var rendered = await app.ServiceAsync<EmailRenderer, RenderedEmail[]>(async r => [await r.RenderAsync(messages[0]), await r.RenderAsync(messages[1])]);

        WebUtility.HtmlDecode(rendered[0].Html).ShouldContain("Dikirim ke: Rina Saputra, Jl. Asia Afrika No. 5, RT 03/RW 01, Bandung 40162");
        WebUtility.HtmlDecode(rendered[1].Html).ShouldContain("Rp20.000 akan dikirim ke GoPay 0812•••••666");
        rendered[1].Html.ShouldNotContain("081277776666");
    }

    [Fact]
    public async Task A_marketer_gives_a_reward_a_picture_that_the_catalog_shows_and_a_fake_image_is_refused()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var tumbler = await RewardAsync("Tumbler Arena 500 ml");
        await marketer.GetHtmlAsync($"/Studio/Rewards/Edit/{tumbler}");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

        var fake = await UploadAsync(marketer, tumbler, "<svg onload=alert(1)>"u8.ToArray(), "x.png");
        WebUtility.HtmlDecode(await fake.Content.ReadAsStringAsync()).ShouldContain("bukan gambar PNG, JPEG, atau WebP");
        (await UploadAsync(marketer, tumbler, png, "tumbler.png")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var image = await app.DbAsync(db => db.Rewards.Where(r => r.Id == tumbler).Select(r => r.Image).SingleAsync());
        image.ShouldNotBeNull();
        var (member, _) = await app.SignInNewStaffAsync(0);
        (await member.GetHtmlAsync("/Rewards")).ShouldContain($"/media/{image}");
        using var picture = await member.Client.GetAsync($"/media/{image}");
        picture.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        picture.Headers.CacheControl!.ToString().ShouldContain("immutable");
    }

    private static async Task<HttpResponseMessage> UploadAsync(ArenaSession session, int rewardId, byte[] bytes, string fileName)
    {
        await session.GetHtmlAsync($"/Studio/Rewards/Edit/{rewardId}");
        return await session.PostFileAsync($"/Studio/Rewards/Edit/{rewardId}?handler=Image", "image", fileName, bytes);
    }
}
