using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>A store clerk on a phone: sign in, learn, pass the quiz, watch the points move live, redeem.</summary>
public class StaffJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    private static readonly string[] RightAnswers =
    [
        "Sekitar 50 m²", "Bisa dicuci", "Rendah bau", "Anti jamur", "Kamar anak dan dapur", "Pakai cat dasar dulu",
        "Setelah cat kering, karena rendah bau", "Pencampuran warna di toko", "Pilihan warna sesuai selera pelanggan",
    ];

    [Fact]
    public async Task Staff_pass_the_quiz_see_their_points_move_live_on_another_phone_and_redeem_a_voucher()
    {
        await using var clerkPhone = await server.NewPhoneAsync();
        await using var ownerPhone = await server.NewPhoneAsync();
        var clerk = await clerkPhone.NewPageAsync();
        var owner = await ownerPhone.NewPageAsync();
        var blocked = new List<string>();
        foreach (var page in new[] { clerk, owner })
            page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) blocked.Add(message.Text); };

        await clerk.GotoAsync("/Account/SignIn");
        await clerk.ShotAsync("01-sign-in");
        await clerk.SignInAsync("staff@demo.test");
        var balance = clerk.GetByTestId("balance");
        await Expect(balance).ToHaveTextAsync("2.400");
        await Expect(clerk.GetByTestId("points-to-go")).ToHaveTextAsync("100 poin lagi");
        await Expect(clerk.GetByTestId("tier")).ToHaveTextAsync("Silver");
        await Expect(clerk.GetByTestId("tier-to-go")).ToHaveTextAsync("2.600 poin lagi ke Gold");
        await Expect(clerk.GetByTestId("expiring")).ToContainTextAsync("800 poin akan hangus pada");
        await clerk.ShotAsync("02-home");

        // A second phone watches this week's board of the store's team; it must change without a reload.
        await owner.SignInAsync("owner@demo.test");
        await owner.GotoAsync("/Leaderboards?scope=team");
        await owner.WaitUntilLiveAsync();
        await owner.EvaluateAsync("() => window.__stillTheSamePage = true");
        var sariRow = owner.Locator(".board-row", new() { HasText = "Sari Wulandari" });
        await Expect(sariRow.GetByTestId("board-points")).ToHaveTextAsync("300");
        await owner.ShotAsync("03-board-before");

        await clerk.GetByRole(AriaRole.Link, new() { Name = "Mulai belajar" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Pengenalan Produk", Level = 1 })).ToBeVisibleAsync();
        await clerk.ShotAsync("04-lesson");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Timer)).ToContainTextAsync(new Regex(@"[45]:\d\d"));
        await clerk.WaitUntilLiveAsync();
        // Four questions drawn from a pool of six, one per screen, options in this attempt's order.
        for (var screen = 1; screen <= 4; screen++)
        {
            await Expect(clerk.GetByText($"Soal {screen} dari 4.")).ToBeVisibleAsync();
            foreach (var answer in RightAnswers)
            {
                var option = clerk.GetByLabel(answer, new() { Exact = true });
                if (await option.CountAsync() > 0) await option.CheckAsync();
            }
            if (screen == 2) await clerk.ShotAsync("05-quiz");
            await clerk.GetByRole(AriaRole.Button, new() { Name = screen == 4 ? "Kirim jawaban" : "Berikutnya" }).ClickAsync();
        }

        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Selamat, kamu lulus!");
        // Sari is Silver: 150 quiz points x1.1.
        await Expect(clerk.GetByTestId("points-earned")).ToHaveTextAsync("+165 poin masuk ke saldo kamu");
        await Expect(balance).ToHaveTextAsync("2.565", new() { Timeout = 2_000 });
        await clerk.ShotAsync("06-quiz-result");

        await Expect(sariRow.GetByTestId("board-points")).ToHaveTextAsync("465", new() { Timeout = 2_000 });
        (await owner.EvaluateAsync<bool>("() => window.__stillTheSamePage === true")).ShouldBeTrue("the board changed without a reload");
        await owner.ShotAsync("07-board-live");

        await clerk.GetByRole(AriaRole.Link, new() { Name = "Hadiah" }).ClickAsync();
        await clerk.ShotAsync("08-rewards");
        var pulsa = clerk.Locator("li.reward", new() { HasText = "Pulsa Rp25.000" });
        await pulsa.GetByRole(AriaRole.Link, new() { Name = "Tukar" }).ClickAsync();
        // One confirmation for every redemption: what it costs and what is left after.
        await Expect(clerk.GetByTestId("balance-after")).ToHaveTextAsync("65 poin");
        await clerk.ShotAsync("08b-redeem-confirm");
        await clerk.GetByTestId("confirm").ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Berhasil! Pulsa Rp25.000 sudah jadi milikmu.");
        await Expect(clerk.GetByTestId("voucher-code")).ToHaveTextAsync(new Regex("^PLS25-\\d{4}-\\d{4}-[0-9A-F]{4}$"));
        await Expect(balance).ToHaveTextAsync("65", new() { Timeout = 2_000 });
        await clerk.ShotAsync("09-redeemed");

        await clerk.GetByRole(AriaRole.Link, new() { Name = "Riwayat poin" }).First.ClickAsync();
        await Expect(clerk.GetByText("Lulus kuis: Pengenalan Produk")).ToBeVisibleAsync();
        await Expect(clerk.GetByText("Tukar: Pulsa Rp25.000")).ToBeVisibleAsync();
        await Expect(clerk.GetByText("150 poin x1,1 (bonus tier)")).ToBeVisibleAsync();
        await clerk.ShotAsync("10-history");

        await clerk.GetByRole(AriaRole.Link, new() { Name = "Aturan program" }).ClickAsync();
        await Expect(clerk.GetByTestId("purchase-rule").First).ToBeVisibleAsync();
        await clerk.ShotAsync("13-rules");

        blocked.ShouldBeEmpty("htmx and the SignalR client run under the strict CSP");
    }

    [Fact]
    public async Task A_marketer_opens_the_studio_dashboard_on_a_phone()
    {
        await using var phone = await server.NewPhoneAsync();
        var page = await phone.NewPageAsync();

        await page.SignInAsync("marketer@demo.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Studio" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Studio: ringkasan program" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await page.ShotAsync("11-studio");

        await page.GetByRole(AriaRole.Link, new() { Name = "Anggota" }).ClickAsync();
        await page.GetByLabel("Nama, email, nomor HP, atau kode anggota").FillAsync("Rina");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rina" }).First.ClickAsync();
        await page.GetByLabel("Jumlah poin").FillAsync("150");
        await page.GetByLabel("Alasan (wajib, terlihat di audit dan riwayat anggota)").FillAsync("Bonus display terbaik bulan ini");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan koreksi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Koreksi tersimpan dan tercatat di audit.");
        await Expect(page.GetByText("Koreksi: Bonus display terbaik bulan ini")).ToBeVisibleAsync();
        await page.ShotAsync("14-studio-member");

        await page.GotoAsync("/Studio/Sales/Import");
        await page.GetByLabel("File penjualan (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "penjualan.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("externalId,member,sku,quantity,amount,soldAt\nB-1,staff@demo.test,DEMO-SKU-1,2,40000,2026-11-20 10:00\nB-2,tidak-ada@demo.test,DEMO-SKU-1,2,40000,2026-11-20 10:00\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah dan periksa" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("1 dari 2 baris bermasalah");
        await Expect(page.GetByTestId("bad-rows")).ToContainTextAsync("member: anggota tidak ditemukan");
        await page.ShotAsync("15-studio-import");

        await page.GotoAsync("/Studio/Modules");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pengenalan Produk" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kuis", Exact = true })).ToBeVisibleAsync();
        await page.ShotAsync("15a-studio-training");
    }

    [Fact]
    public async Task Staff_answer_the_survey_with_a_few_taps_and_earn_its_points()
    {
        await using var phone = await server.NewPhoneAsync();
        var page = await phone.NewPageAsync();

        await page.SignInAsync("staf08@demo.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Belajar", Exact = true }).ClickAsync();
        await page.ShotAsync("16a-learn");
        await page.GetByRole(AriaRole.Link, new() { Name = "Isi survei · +50 poin" }).ClickAsync();
        // The scales are big tappable labels over hidden radio buttons, as a thumb uses them.
        await page.GetByRole(AriaRole.Group, new() { Name = "merekomendasikan" }).GetByText("9", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "menukar poin" }).GetByText("4", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("9", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByLabel("Saldo e-wallet").CheckAsync();
        await page.GetByLabel("Ada saran lain untuk kami?").FillAsync("Tambah voucher bensin");
        await page.ShotAsync("16-survey");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim survei" }).ClickAsync();

        await Expect(page.GetByTestId("survey-points")).ToHaveTextAsync("+50 poin masuk ke saldo kamu");
        await page.ShotAsync("17-survey-done");
    }

    [Fact]
    public async Task A_failed_quiz_says_what_was_wrong_and_keeps_the_answers_for_after_a_pass()
    {
        await using var phone = await server.NewPhoneAsync();
        var page = await phone.NewPageAsync();

        await page.SignInAsync("staf09@demo.test");
        await page.GotoAsync("/Learning/Module/pengenalan-produk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        for (var screen = 1; screen <= 4; screen++)
        {
            await Expect(page.GetByText($"Soal {screen} dari 4.")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = screen == 4 ? "Kirim jawaban" : "Berikutnya" }).ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Belum lulus");
        await Expect(page.GetByTestId("answers-hidden")).ToBeVisibleAsync();
        await Expect(page.GetByText("jawaban benar", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Coba lagi" })).ToBeVisibleAsync();
        await page.ShotAsync("06a-quiz-failed");
    }

    [Fact]
    public async Task The_home_screen_reads_in_English_after_the_switch()
    {
        await using var phone = await server.NewPhoneAsync();
        var page = await phone.NewPageAsync();

        await page.SignInAsync("staf07@demo.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your points" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" })).ToBeVisibleAsync();
        await page.ShotAsync("12-home-english");
    }
}
