using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>Kuis Live with a host and two phones: questions appear on both at once, the podium follows, prizes are paid once.</summary>
public class LiveQuizJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task A_marketer_hosts_a_live_quiz_two_clerks_play_on_their_phones_and_the_faster_right_answer_tops_the_podium()
    {
        await using var desk = await server.NewPhoneAsync();
        await using var phoneA = await server.NewPhoneAsync();
        await using var phoneB = await server.NewPhoneAsync();
        var host = await desk.NewPageAsync();
        var sari = await phoneA.NewPageAsync();
        var owner = await phoneB.NewPageAsync();

        await host.SignInAsync("marketer@demo.test");
        await host.GotoAsync("/Studio/Live");
        await host.GetByLabel("Judul").FillAsync("Kuis Jumat Pagi");
        foreach (var box in await host.Locator("input[name='Input.Questions']").AllAsync()) await box.UncheckAsync();
        await host.GetByLabel("Berapa luas tembok yang bisa dicat dua lapis dengan satu kaleng Arena Pro 5 liter?").CheckAsync();
        await host.GetByLabel("Detik per soal").FillAsync("30");
        await host.GetByRole(AriaRole.Button, new() { Name = "Buat sesi" }).ClickAsync();
        var code = (await host.GetByTestId("live-code").TextContentAsync())!.Trim();
        await host.WaitUntilLiveAsync();
        await host.ShotAsync("50-live-host-lobby");

        foreach (var (page, login) in new[] { (sari, "staff@demo.test"), (owner, "owner@demo.test") })
        {
            await page.SignInAsync(login);
            await page.GotoAsync("/Live");
            await page.GetByLabel("Kode").FillAsync(code.ToLowerInvariant());
            await page.GetByRole(AriaRole.Button, new() { Name = "Gabung" }).ClickAsync();
            await Expect(page.GetByText("Menunggu host memulai")).ToBeVisibleAsync();
            await page.WaitUntilLiveAsync();
        }
        await Expect(host.GetByTestId("live-players")).ToHaveTextAsync("2 pemain bergabung");
        await sari.ShotAsync("51-live-phone-lobby");

        await host.GetByRole(AriaRole.Button, new() { Name = "Mulai soal pertama" }).ClickAsync();
        // The question reaches both phones without a reload; no option is marked before it closes.
        var right = sari.GetByRole(AriaRole.Button, new() { Name = "Sekitar 50 m²" });
        await Expect(right).ToBeVisibleAsync(new() { Timeout = 3_000 });
        await Expect(owner.GetByRole(AriaRole.Button, new() { Name = "Sekitar 50 m²" })).ToBeVisibleAsync(new() { Timeout = 3_000 });
        (await sari.Locator(".is-right").CountAsync()).ShouldBe(0);
        await sari.ShotAsync("52-live-phone-question");
        await right.ClickAsync();
        await Expect(sari.GetByTestId("live-sent")).ToContainTextAsync("Jawaban terkirim");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sekitar 50 m²" }).ClickAsync();
        await Expect(host.GetByTestId("live-answered")).ToHaveTextAsync("2 dari 2 sudah menjawab", new() { Timeout = 3_000 });

        await host.GetByRole(AriaRole.Button, new() { Name = "Tutup soal sekarang" }).ClickAsync();
        await Expect(sari.GetByTestId("live-result")).ToContainTextAsync("Benar!", new() { Timeout = 3_000 });
        await Expect(sari.GetByTestId("podium").Locator(".board-row").First).ToContainTextAsync("Sari Wulandari");
        await Expect(owner.GetByTestId("live-me")).ToContainTextAsync("Posisimu: #2");
        await sari.ShotAsync("53-live-phone-podium");

        var before = await sari.GetByTestId("balance").TextContentAsync();
        await host.GetByRole(AriaRole.Button, new() { Name = "Selesai dan bagikan poin" }).ClickAsync();
        await Expect(host.GetByRole(AriaRole.Heading, new() { Name = "Hasil akhir" })).ToBeVisibleAsync();
        await host.ShotAsync("54-live-host-final");
        // A second press (a stale tab) pays nothing more.
        await host.GoBackAsync();
        var finish = host.GetByRole(AriaRole.Button, new() { Name = "Selesai dan bagikan poin" });
        if (await finish.CountAsync() > 0) await finish.ClickAsync();

        await Expect(sari.GetByRole(AriaRole.Heading, new() { Name = "Hasil akhir" })).ToBeVisibleAsync(new() { Timeout = 3_000 });
        await sari.GotoAsync("/Ledger");
        await Expect(sari.GetByText("Kuis Live: Kuis Jumat Pagi")).ToHaveCountAsync(1);
        (await sari.GetByTestId("balance").TextContentAsync()).ShouldNotBe(before);
    }
}
