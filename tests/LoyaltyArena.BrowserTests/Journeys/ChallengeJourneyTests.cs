using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>A marketer launches a challenge at a desk; a clerk completes it on a phone and sees the points, the badge and the board move.</summary>
public class ChallengeJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    private static readonly string[] RightAnswers =
    [
        "Sekitar 50 m²", "Bisa dicuci", "Rendah bau", "Anti jamur", "Kamar anak dan dapur", "Pakai cat dasar dulu",
        "Setelah cat kering, karena rendah bau", "Pencampuran warna di toko", "Pilihan warna sesuai selera pelanggan",
    ];

    [Fact]
    public async Task A_marketer_launches_a_quiz_challenge_and_a_clerk_completes_it_and_sees_points_badge_and_board_move()
    {
        await using var desk = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, Locale = "id-ID", TimezoneId = "Asia/Jakarta",
        });
        var marketer = await desk.NewPageAsync();
        await marketer.SignInAsync("marketer@demo.test");
        await marketer.GetByRole(AriaRole.Link, new() { Name = "Tantangan" }).ClickAsync();
        await marketer.GetByRole(AriaRole.Link, new() { Name = "Buat tantangan" }).ClickAsync();
        await marketer.GetByLabel("Judul").FillAsync("Lulus Kuis Produk Minggu Ini");
        await marketer.GetByLabel("Keterangan").FillAsync("Lulus kuis Pengenalan Produk minggu ini untuk bonus.");
        await marketer.GetByLabel("Jenis tantangan").SelectOptionAsync(new SelectOptionValue { Label = "Lulus kuis" });
        await marketer.GetByRole(AriaRole.Textbox, new() { Name = "Poin", Exact = true }).FillAsync("200");
        await marketer.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(marketer.GetByTestId("flash")).ToContainTextAsync("Tantangan disimpan.");
        await Expect(marketer.GetByTestId("audience")).ToContainTextAsync(new Regex(@"Menjangkau \d+ anggota"));
        await marketer.ShotAsync("30-studio-challenge-desktop");
        // The clerk is on Home when it launches: the bell counts the new notice without a reload.
        await using var phone = await server.NewPhoneAsync();
        var clerk = await phone.NewPageAsync();
        await clerk.SignInAsync("staf03@demo.test");
        await clerk.WaitUntilLiveAsync();
        await clerk.EvaluateAsync("() => window.__stillTheSamePage = true");
        var unread = clerk.GetByTestId("unread");
        var unreadBefore = await unread.CountAsync() == 0 ? 0 : int.Parse(await unread.InnerTextAsync());

        await marketer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan" }).ClickAsync();
        await Expect(marketer.GetByTestId("flash")).ToContainTextAsync("Tantangan berjalan");
        await Expect(unread).ToHaveTextAsync((unreadBefore + 1).ToString(), new() { Timeout = 3_000 });
        (await clerk.EvaluateAsync<bool>("() => window.__stillTheSamePage === true")).ShouldBeTrue("the bell changed without a reload");

        var before = int.Parse((await clerk.GetByTestId("balance").First.InnerTextAsync()).Replace(".", ""));
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Lihat tantangan" }).ClickAsync();
        var card = clerk.GetByTestId("challenge").Filter(new() { HasText = "Lulus Kuis Produk Minggu Ini" });
        await Expect(card).ToContainTextAsync("0/1 kuis lulus");
        await clerk.ShotAsync("31-challenges");

        await clerk.GotoAsync("/Learning/Module/pengenalan-produk");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        for (var screen = 1; screen <= 4; screen++)
        {
            await Expect(clerk.GetByText($"Soal {screen} dari 4.")).ToBeVisibleAsync();
            foreach (var answer in RightAnswers)
            {
                var option = clerk.GetByLabel(answer, new() { Exact = true });
                if (await option.CountAsync() > 0) await option.CheckAsync();
            }
            await clerk.GetByRole(AriaRole.Button, new() { Name = screen == 4 ? "Kirim jawaban" : "Berikutnya" }).ClickAsync();
        }
        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Selamat, kamu lulus!");

        await clerk.GotoAsync("/Challenges");
        await Expect(card).ToContainTextAsync("1/1 kuis lulus");
        await Expect(card).ToContainTextAsync("Selesai");
        var after = int.Parse((await clerk.GetByTestId("balance").First.InnerTextAsync()).Replace(".", ""));
        (after - before).ShouldBeGreaterThanOrEqualTo(150 + 200, "the quiz and the challenge both paid");
        await clerk.ShotAsync("32-challenge-done");

        await clerk.GotoAsync("/Badges");
        await Expect(clerk.GetByTestId("badge-FirstQuiz")).ToHaveClassAsync(new Regex("badge-earned"));
        await Expect(clerk.GetByTestId("badge-FirstChallenge")).ToHaveClassAsync(new Regex("badge-earned"));
        await clerk.ShotAsync("33-badges");

        await clerk.GotoAsync("/Leaderboards");
        var me = clerk.Locator(".board-row.is-me");
        await Expect(me).ToContainTextAsync("lencana");
        await clerk.ShotAsync("34-board-with-badges");
    }
}
