using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>A marketer sends an announcement from a phone; a clerk's bell counts it live and the clerk passes it on in WhatsApp.</summary>
public class BroadcastJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task A_marketer_previews_and_sends_an_announcement_and_the_clerks_bell_counts_it_without_a_reload()
    {
        await using var marketerPhone = await server.NewPhoneAsync();
        var marketer = await marketerPhone.NewPageAsync();
        await marketer.SignInAsync("marketer@demo.test");
        await marketer.GotoAsync("/Studio/Broadcasts");
        await marketer.GetByLabel("Judul", new() { Exact = true }).FillAsync("Stok Kopi Gula Aren datang");
        await marketer.GetByLabel("Isi", new() { Exact = true }).FillAsync("Mulai **Senin** stok baru ada di gudang.\n\n- Pelajari modulnya\n- Jual 10 dus, bonus 200 poin");
        await marketer.GetByLabel("Keaktifan").SelectOptionAsync(new SelectOptionValue { Label = "Aktif 30 hari terakhir" });
        await marketer.GetByRole(AriaRole.Button, new() { Name = "Lihat pratinjau dan jumlah penerima" }).ClickAsync();
        await Expect(marketer.GetByTestId("audience")).ToContainTextAsync(new Regex(@"Menjangkau \d+ anggota di aplikasi"));
        await marketer.ShotAsync("62-studio-broadcast-preview");

        await using var phone = await server.NewPhoneAsync();
        var clerk = await phone.NewPageAsync();
        await clerk.SignInAsync("staf04@demo.test");
        await clerk.WaitUntilLiveAsync();
        await clerk.EvaluateAsync("() => window.__stillTheSamePage = true");
        var unread = clerk.GetByTestId("unread");
        var unreadBefore = await unread.CountAsync() == 0 ? 0 : int.Parse(await unread.InnerTextAsync());

        await marketer.GetByRole(AriaRole.Button, new() { Name = "Kirim sekarang" }).ClickAsync();
        await Expect(marketer.GetByTestId("flash")).ToContainTextAsync("sedang dikirim");
        await Expect(unread).ToHaveTextAsync((unreadBefore + 1).ToString(), new() { Timeout = 10_000 });
        (await clerk.EvaluateAsync<bool>("() => window.__stillTheSamePage === true")).ShouldBeTrue("the bell changed without a reload");

        await clerk.Locator("#bell").ClickAsync();
        await clerk.GetByTestId("notice").Filter(new() { HasText = "Stok Kopi Gula Aren datang" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Stok Kopi Gula Aren datang" })).ToBeVisibleAsync();
        await Expect(clerk.Locator(".prose strong")).ToHaveTextAsync("Senin");
        (await clerk.GetByTestId("whatsapp").GetAttributeAsync("href"))!.ShouldStartWith("https://wa.me/?text=");
        await clerk.ShotAsync("63-announcement");

        await marketer.GotoAsync("/Studio/Broadcasts");
        await Expect(marketer.GetByTestId("broadcast-stats").First).ToContainTextAsync("1 dibuka");
        await marketer.GotoAsync("/Studio/Mail");
        await Expect(marketer.GetByTestId("mail").First).ToBeVisibleAsync();
        await marketer.ShotAsync("64-studio-mail-log");
        foreach (var (template, shot) in new[] { ("WeeklyDigest", "65-email-digest"), ("Welcome", "66-email-welcome"), ("Announcement", "67-email-announcement") })
        {
            await marketer.GotoAsync($"/Studio/Mail/Preview?template={template}&lang=id");
            await Expect(marketer.GetByText("Sari Wulandari").First).ToBeVisibleAsync();
            await marketer.ShotAsync(shot);
        }
    }
}
