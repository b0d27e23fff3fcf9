using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>The clerk's phone: the app keeps working when the connection drops, and a redemption is confirmed once.</summary>
public class PhoneAppJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task Offline_the_app_opens_the_cached_lesson_and_a_survey_answered_then_is_sent_once_back_online()
    {
        await using var phone = await server.NewPhoneAsync();
        var clerk = await phone.NewPageAsync();
        await clerk.SignInAsync("staf05@demo.test");
        await clerk.EvaluateAsync("() => navigator.serviceWorker.ready");
        // Under the worker's control from here: what is opened now is what stays readable offline.
        await clerk.ReloadAsync();
        await clerk.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        // Chrome's own installability check (what Lighthouse's PWA audit used): manifest, icons, worker, https or localhost.
        var cdp = await phone.NewCDPSessionAsync(clerk);
        var installability = await cdp.SendAsync("Page.getInstallabilityErrors");
        // A Playwright context is incognito, which Chrome reports by itself; anything else would be the app's fault.
        installability!.Value.GetProperty("installabilityErrors").EnumerateArray().Select(e => e.GetProperty("errorId").GetString())
            .Where(id => id != "in-incognito").ShouldBeEmpty(installability.Value.ToString());
        await cdp.DetachAsync();
        await clerk.GotoAsync("/Learning/Module/pengenalan-produk");
        await clerk.GotoAsync("/Learning/Survey/suara-mitra");
        await clerk.GotoAsync("/");

        await phone.SetOfflineAsync(true);
        await clerk.GotoAsync("/Learning/Module/pengenalan-produk");
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Pengenalan Produk" }).First).ToBeVisibleAsync();
        await Expect(clerk.Locator("[data-offline]")).ToBeVisibleAsync();
        await clerk.ShotAsync("70-offline-lesson");

        await clerk.GotoAsync("/Learning/Survey/suara-mitra");
        foreach (var fieldset in await clerk.Locator("fieldset.question").AllAsync())
        {
            var radios = fieldset.Locator("input[type=radio]");
            if (await radios.CountAsync() > 0) await radios.Last.CheckAsync(new() { Force = true });
            else await fieldset.Locator("textarea").FillAsync("Hadiah pulsa lebih banyak.");
        }
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Kirim survei" }).ClickAsync();
        await Expect(clerk.Locator("[data-queued]")).ToContainTextAsync("tersimpan di HP");
        await clerk.ShotAsync("71-offline-survey-queued");

        await phone.SetOfflineAsync(false);
        await clerk.EvaluateAsync("() => window.dispatchEvent(new Event('online'))");
        await clerk.WaitForFunctionAsync("() => (localStorage.getItem('arena-queued-posts') || '[]') === '[]'", null, new() { Timeout = 10_000 });
        await clerk.EvaluateAsync("() => window.dispatchEvent(new Event('online'))"); // a second flush sends nothing more
        await clerk.GotoAsync("/Learning/Survey/suara-mitra");
        await Expect(clerk.GetByText("Kamu sudah mengisi survei ini")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_clerk_opens_a_reward_confirms_it_once_and_finds_it_in_my_rewards_in_one_tap()
    {
        await using var phone = await server.NewPhoneAsync();
        var clerk = await phone.NewPageAsync();
        await clerk.SignInAsync("staff@demo.test");
        await clerk.GotoAsync("/Rewards");
        await clerk.ShotAsync("72-catalog");
        // The first reward, with its button, is on the first screen above the tab bar: the filters take one row.
        var first = await clerk.Locator("li.reward").First.BoundingBoxAsync();
        (first!.Y + first.Height).ShouldBeLessThan(844 - 64);
        // The first reward the clerk can take now (what is affordable comes first).
        var affordable = clerk.Locator("li.reward", new() { HasText = "Bisa ditukar sekarang" }).First;
        var name = await affordable.Locator(".card-title a").InnerTextAsync();
        await affordable.Locator(".card-title a").ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await clerk.ShotAsync("73-reward-detail");

        await clerk.GetByTestId("redeem").ClickAsync();
        await Expect(clerk.GetByTestId("redeem-summary")).ToBeVisibleAsync();
        await clerk.GetByTestId("confirm").ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Status).First).ToContainTextAsync("Berhasil!");
        var code = await clerk.GetByTestId("voucher-code").InnerTextAsync();
        await phone.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Salin kode" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Button, new() { Name = "Kode tersalin" })).ToBeVisibleAsync();
        (await clerk.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(code);
        await Expect(clerk.Locator(".receipt-qr svg")).ToBeVisibleAsync();
        await clerk.ShotAsync("74-receipt");

        await clerk.GotoAsync("/Rewards");
        await clerk.GetByTestId("my-rewards").ClickAsync();
        await Expect(clerk.Locator(".card-title a").First).ToHaveTextAsync(name);
        await clerk.ShotAsync("75-my-rewards");
    }

    [Fact]
    public async Task Once_the_worker_is_in_home_takes_at_most_six_requests_and_todays_lesson_and_the_rewards_open_offline_unvisited()
    {
        await using var phone = await server.NewPhoneAsync();
        var clerk = await phone.NewPageAsync();
        await clerk.SignInAsync("staf07@demo.test");
        await clerk.EvaluateAsync("() => navigator.serviceWorker.ready");
        await clerk.ReloadAsync();
        await clerk.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        var kept = (await clerk.Locator("[data-precache]").GetAttributeAsync("data-precache"))!.Split(' ');
        var lesson = kept.Single(p => p.StartsWith("/Learning/Module/", StringComparison.Ordinal));
        await clerk.WaitForFunctionAsync("""
            (paths) => caches.open("arena-pages-v1").then((c) => c.keys())
              .then((keys) => paths.every((p) => keys.some((k) => new URL(k.url).pathname === p)))
            """, kept, new() { Timeout = 10_000, PollingInterval = 200 });

        while (server.Requests.TryDequeue(out _)) { }
        await clerk.ReloadAsync(new() { WaitUntil = WaitUntilState.NetworkIdle });
        var fetched = server.Requests.ToArray();
        fetched.Length.ShouldBeLessThanOrEqualTo(6, string.Join(", ", fetched));

        await phone.SetOfflineAsync(true);
        await clerk.GotoAsync(lesson);
        await Expect(clerk.Locator("[data-offline]")).ToBeVisibleAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToBeEmptyAsync();
        await clerk.GotoAsync("/Rewards");
        await Expect(clerk.GetByText("Pulsa Rp25.000").First).ToBeVisibleAsync();
        await phone.SetOfflineAsync(false);
    }

    [Fact]
    public async Task Two_clerks_share_the_store_phone_switch_by_PIN_in_two_taps_five_wrong_PINs_lock_and_the_PIN_is_no_password_elsewhere()
    {
        // staf13 and staf25 work in Sari's store, whose owner has shared phones on in the demo.
        await using var phone = await server.NewPhoneAsync();
        var counter = await phone.NewPageAsync();
        await counter.SignInAsync("staf13@demo.test");
        await counter.GotoAsync("/Account/Switch");
        await counter.GetByRole(AriaRole.Button, new() { Name = "Jadikan HP bersama" }).ClickAsync();
        await SetPinAsync(counter, "7391");
        var first = await counter.Locator(".clerk.current .clerk-name").InnerTextAsync();

        await counter.GetByRole(AriaRole.Button, new() { Name = "Tambah rekan" }).ClickAsync();
        await counter.SignInAsync("staf25@demo.test");
        await Expect(counter.GetByRole(AriaRole.Heading, new() { Name = "Buat PIN untuk HP ini" })).ToBeVisibleAsync();
        await SetPinAsync(counter, "8264");
        var second = await counter.Locator(".clerk.current .clerk-name").InnerTextAsync();
        await counter.ShotAsync("75-shared-phone");

        // Two taps: the top bar's switch, then the name; the PIN pad is already up.
        await counter.GotoAsync("/");
        await counter.GetByTestId("switch-user").ClickAsync();
        await counter.Locator("summary", new() { HasText = first }).ClickAsync();
        await Expect(counter.GetByLabel($"PIN {first}")).ToBeFocusedAsync();
        await counter.Keyboard.TypeAsync("7391");
        await counter.Keyboard.PressAsync("Enter");
        await counter.WaitForURLAsync(url => !url.Contains("/Account/Switch"));
        await counter.GotoAsync("/Account/Switch");
        await Expect(counter.Locator(".clerk.current .clerk-name")).ToHaveTextAsync(first);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            // After a wrong PIN the same clerk's field stays open.
            var seat = counter.Locator("details[data-clerk]", new() { HasText = second });
            if (!await seat.EvaluateAsync<bool>("d => d.open")) await seat.Locator("summary").ClickAsync();
            await counter.GetByLabel($"PIN {second}").FillAsync($"100{attempt}");
            await counter.GetByRole(AriaRole.Button, new() { Name = $"Masuk sebagai {second}" }).ClickAsync();
            await Expect(counter.GetByRole(AriaRole.Alert)).ToContainTextAsync(attempt < 5 ? $"Sisa {5 - attempt} kali" : "terkunci");
        }
        await Expect(counter.GetByRole(AriaRole.Button, new() { Name = $"Masuk dengan kata sandi {second}" })).ToBeVisibleAsync();
        await counter.ShotAsync("76-shared-phone-locked");

        // On another phone the PIN is not a password.
        await using var elsewhere = await server.NewPhoneAsync();
        var other = await elsewhere.NewPageAsync();
        await other.GotoAsync("/Account/SignIn");
        await other.GetByLabel("Email atau nomor HP").FillAsync("staf13@demo.test");
        await other.GetByLabel("Kata sandi").FillAsync("7391");
        await other.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Alert)).ToContainTextAsync("salah");
        (await other.Context.CookiesAsync()).ShouldNotContain(c => c.Name.Contains("arena.auth"));
    }

    private static async Task SetPinAsync(IPage page, string pin)
    {
        await page.GetByLabel("PIN baru").FillAsync(pin);
        await page.GetByLabel("Ulangi PIN").FillAsync(pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan PIN" }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("PIN tersimpan");
    }
}
