using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>Boards on a phone: every scope one tap away, my place spelled out, and a rank that changes live on another phone.</summary>
public class BoardJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task An_owner_watches_the_store_board_and_sees_their_store_climb_live_when_their_clerk_passes_a_quiz()
    {
        await using var ownerPhone = await server.NewPhoneAsync();
        await using var clerkPhone = await server.NewPhoneAsync();
        var owner = await ownerPhone.NewPageAsync();
        var clerk = await clerkPhone.NewPageAsync();

        await owner.SignInAsync("owner@demo.test");
        await owner.GotoAsync("/Leaderboards");
        await Expect(owner.GetByRole(AriaRole.Link, new() { Name = "Semua", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await owner.ShotAsync("40-board-everyone");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Toko", Exact = true }).ClickAsync();
        await Expect(owner.GetByTestId("my-rank")).ToContainTextAsync("Posisi tokomu");
        await owner.WaitUntilLiveAsync();
        await owner.EvaluateAsync("() => window.__stillTheSamePage = true");
        var myStore = owner.Locator(".board-row.is-me");
        var before = await myStore.GetByTestId("board-points").TextContentAsync();
        await owner.ShotAsync("41-board-stores");

        await clerk.SignInAsync("staff@demo.test");
        await clerk.GotoAsync("/Learning/Module/pengenalan-produk");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        string[] right = ["Sekitar 50 m²", "Bisa dicuci", "Rendah bau", "Anti jamur", "Kamar anak dan dapur", "Pakai cat dasar dulu",
            "Setelah cat kering, karena rendah bau", "Pencampuran warna di toko", "Pilihan warna sesuai selera pelanggan"];
        for (var screen = 1; screen <= 4; screen++)
        {
            // Wait for this screen before looking for its options, or the previous screen's are found.
            await Expect(clerk.GetByText($"Soal {screen} dari 4.")).ToBeVisibleAsync();
            foreach (var answer in right)
            {
                var option = clerk.GetByLabel(answer, new() { Exact = true });
                if (await option.CountAsync() > 0) await option.CheckAsync();
            }
            await clerk.GetByRole(AriaRole.Button, new() { Name = screen == 4 ? "Kirim jawaban" : "Berikutnya" }).ClickAsync();
        }
        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Selamat, kamu lulus!");

        await Expect(owner.Locator(".board-row.is-me").GetByTestId("board-points")).Not.ToHaveTextAsync(before!, new() { Timeout = 3_000 });
        (await owner.EvaluateAsync<bool>("() => window.__stillTheSamePage === true")).ShouldBeTrue("the store board was pushed, not reloaded");
        await owner.ShotAsync("42-board-stores-live");

        await owner.GetByRole(AriaRole.Link, new() { Name = "Wilayahku" }).ClickAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = "Lihat minggu lalu" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Link, new() { Name = "Kembali ke minggu ini" })).ToBeVisibleAsync();
        await owner.ShotAsync("43-board-region-last-week");
    }
}
