using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>A store owner brings a new clerk in: invite link, sign-up, approval, onboarding, welcome bonus.</summary>
public class PeopleJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task An_owner_shares_an_invite_a_new_clerk_joins_the_owner_approves_and_the_clerk_is_onboarded_with_a_welcome_bonus()
    {
        await using var ownerPhone = await server.NewPhoneAsync();
        await using var clerkPhone = await server.NewPhoneAsync();
        var owner = await ownerPhone.NewPageAsync();
        var clerk = await clerkPhone.NewPageAsync();

        await owner.SignInAsync("owner@demo.test");
        await Expect(owner.GetByTestId("team-waiting")).ToContainTextAsync("menunggu persetujuanmu");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Buka tim saya" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Tim toko saya" })).ToBeVisibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Buat link undangan" }).ClickAsync();
        await Expect(owner.GetByTestId("flash")).ToContainTextAsync("Link undangan dibuat");
        var share = owner.GetByRole(AriaRole.Link, new() { Name = "Bagikan ke WhatsApp" }).First;
        await Expect(share).ToHaveAttributeAsync("href", new Regex(@"^https://wa\.me/\?text=.*Join"));
        await Expect(owner.Locator(".qr-box svg").First).ToBeVisibleAsync();
        var link = await owner.GetByTestId("invite-link").First.InputValueAsync();
        link.ShouldStartWith(server.BaseUrl + "/Join/");
        await owner.ShotAsync("20-team-invite");

        await clerk.GotoAsync(link);
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Gabung bersama Toko Bangunan Sinar Jaya" })).ToBeVisibleAsync();
        await clerk.GetByLabel("Nama lengkap").FillAsync("Dina Kartika");
        await clerk.GetByLabel("Nomor HP (WhatsApp)").FillAsync("0857 1234 5678");
        await clerk.GetByLabel("Email (boleh kosong)").FillAsync("dina@contoh.id");
        await clerk.GetByLabel("Kata sandi").FillAsync("kopi susu pagi");
        await clerk.ShotAsync("21-join");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Daftar" }).ClickAsync();
        await Expect(clerk.GetByTestId("join-waiting")).ToContainTextAsync("Pemilik Toko Bangunan Sinar Jaya akan menyetujui");
        await clerk.ShotAsync("22-join-waiting");

        // Waiting for approval: the right password is not enough yet.
        await clerk.GotoAsync("/Account/SignIn");
        await clerk.GetByLabel("Email atau nomor HP").FillAsync("+62 857-1234-5678");
        await clerk.GetByLabel("Kata sandi").FillAsync("kopi susu pagi");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Alert)).ToContainTextAsync("menunggu persetujuan pemilik toko");

        await owner.ReloadAsync();
        var waiting = owner.GetByTestId("pending").Filter(new() { HasText = "Dina Kartika" });
        await Expect(waiting).ToContainTextAsync("+62 857-1234-5678");
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await Expect(owner.GetByTestId("flash")).ToContainTextAsync("Disetujui");
        await Expect(owner.GetByTestId("team")).ToContainTextAsync("Dina Kartika");

        await clerk.SignInAsync("0857-1234-5678", "kopi susu pagi");
        await Expect(clerk).ToHaveURLAsync(new Regex("/Onboarding$"));
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Kumpulkan poin" })).ToBeVisibleAsync();
        await clerk.ShotAsync("23-onboarding-1");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Lanjut" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Lihat poinmu" })).ToBeVisibleAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Lanjut" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Tukar hadiah" })).ToBeVisibleAsync();
        await Expect(clerk.GetByTestId("closest-reward")).ToContainTextAsync("poin lagi");
        await clerk.ShotAsync("24-onboarding-3");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Mulai" }).ClickAsync();
        await Expect(clerk.GetByTestId("balance").First).ToHaveTextAsync("100");

        await clerk.GotoAsync("/Ledger");
        await Expect(clerk.Locator("main")).ToContainTextAsync("Bonus selamat datang");
        // Shown once: the next sign-in lands on Home.
        await clerk.GotoAsync("/");
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Halo, Dina!" })).ToBeVisibleAsync();
        await clerk.ShotAsync("25-home-after-onboarding");
    }

    [Fact]
    public async Task A_clerk_finds_their_referral_code_link_and_friends_on_the_invite_friends_page()
    {
        await using var phone = await server.NewPhoneAsync();
        var page = await phone.NewPageAsync();
        await page.SignInAsync("staff@demo.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajak teman" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ajak teman", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("referral-link")).ToHaveValueAsync(new Regex("/Join/SARI"));
        await Expect(page.GetByTestId("referral")).ToHaveCountAsync(4);
        await Expect(page.Locator("main")).ToContainTextAsync("Bonus diterima");
        await Expect(page.Locator("main")).ToContainTextAsync("Menunggu persetujuan");
        await page.ShotAsync("26-referrals");
    }

    [Fact]
    public async Task A_marketer_imports_staff_from_a_spreadsheet_file_sees_the_bad_row_fixes_it_and_imports_all()
    {
        await using var phone = await server.NewPhoneAsync();
        var page = await phone.NewPageAsync();
        await page.SignInAsync("marketer@demo.test");
        await Expect(page).ToHaveURLAsync(new Regex("/Studio$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Impor toko dan staf" }).ClickAsync();

        var bad = "phone;name;email;store;role\r\n0813 7777 0001;Wawan Setiadi;;TK-1001;Staf\r\n0813 7777;Tanpa Nomor;;TK-1001;Staf\r\n";
        await page.GetByLabel("File CSV").SetInputFilesAsync(new FilePayload { Name = "staf.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(bad) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await Expect(page.GetByTestId("bad-rows")).ToContainTextAsync("Nomor HP harus nomor seluler Indonesia");
        await page.ShotAsync("27-import-bad-row");

        var good = "phone;name;email;store;role\r\n0813 7777 0001;Wawan Setiadi;;TK-1001;Staf\r\n0813 7777 0002;Tari Anggraini;;TK-1001;Pemilik\r\n";
        await page.GetByLabel("File CSV").SetInputFilesAsync(new FilePayload { Name = "staf.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(good) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await Expect(page.GetByTestId("ready")).ToContainTextAsync("2 baris siap: 2 baru, 0 diperbarui");
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor sekarang" }).ClickAsync();
        await Expect(page.GetByTestId("imported")).ToContainTextAsync("2 baru, 0 diperbarui");

        await page.GotoAsync("/Studio/Members?q=Wawan");
        await Expect(page.Locator("main")).ToContainTextAsync("+62 813-7777-0001");
        await page.ShotAsync("28-studio-members");
    }
}
