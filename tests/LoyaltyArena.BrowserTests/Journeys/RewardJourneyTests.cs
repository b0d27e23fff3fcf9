using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>A parcel from the clerk's phone to the marketer's queue and back, live, with a tracking number.</summary>
public class RewardJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    private async Task GivePointsAsync(string email, int points)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArenaDbContext>();
        var member = await db.Members.Where(m => m.Email == email).Select(m => m.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<PointsLedger>().PostAsync(
            Posting.Earn(member, points, "test", $"browser-{Guid.NewGuid():N}", LedgerReasons.ChallengeCompleted, "Foto Display Terbaik"), default);
    }

    [Fact]
    public async Task Staff_order_merchandise_to_their_address_and_see_the_tracking_number_the_marketer_enters()
    {
        await GivePointsAsync("staf09@demo.test", 5_000);
        await using var clerkPhone = await server.NewPhoneAsync();
        await using var marketerPhone = await server.NewPhoneAsync();
        var clerk = await clerkPhone.NewPageAsync();
        var marketer = await marketerPhone.NewPageAsync();

        await clerk.SignInAsync("staf09@demo.test");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Hadiah" }).ClickAsync();
        await clerk.Locator("li.reward", new() { HasText = "Cashback e-wallet Rp20.000" }).GetByRole(AriaRole.Link, new() { Name = "Tukar" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Kirim ke e-wallet" })).ToBeVisibleAsync();
        await clerk.ShotAsync("20-cashback-form");
        await clerk.GoBackAsync();

        await clerk.Locator("li.reward", new() { HasText = "Tumbler Arena 500 ml" }).GetByRole(AriaRole.Link, new() { Name = "Tukar" }).ClickAsync();
        await clerk.GetByLabel("Nama penerima").FillAsync("Wulan Hidayat");
        await clerk.GetByLabel("Nomor HP penerima").FillAsync("0813-1111-2222");
        await clerk.GetByLabel("Alamat lengkap").FillAsync("Jl. Diponegoro No. 21, RT 04/RW 02, Kel. Citarum");
        await clerk.GetByLabel("Kota/Kabupaten").FillAsync("Bandung");
        await clerk.GetByLabel("Kode pos").FillAsync("401");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Tukar sekarang (3.500 poin)" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kode pos terdiri dari 5 angka.");
        await Expect(clerk.GetByLabel("Alamat lengkap")).ToHaveValueAsync("Jl. Diponegoro No. 21, RT 04/RW 02, Kel. Citarum");
        await clerk.ShotAsync("21-address-fix");
        await clerk.GetByLabel("Kode pos").FillAsync("40115");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Tukar sekarang (3.500 poin)" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Berhasil! Tumbler Arena 500 ml sudah jadi milikmu.");
        await Expect(clerk.GetByRole(AriaRole.List, new() { Name = "Status penukaran" })).ToContainTextAsync("Dipesan");
        await clerk.ShotAsync("22-receipt-ordered");
        await clerk.WaitUntilLiveAsync();
        await clerk.EvaluateAsync("() => window.__stillTheSamePage = true");

        await marketer.SignInAsync("marketer@demo.test");
        await marketer.GetByRole(AriaRole.Link, new() { Name = "Studio" }).ClickAsync();
        await marketer.GetByRole(AriaRole.Link, new() { Name = "Pemenuhan hadiah" }).First.ClickAsync();
        await marketer.ShotAsync("23-studio-cashback-queue");
        await marketer.GetByRole(AriaRole.Link, new() { Name = "Pengiriman barang" }).ClickAsync();
        var parcel = marketer.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Wulan Hidayat" });
        await parcel.GetByLabel("Kurir").FillAsync("JNE");
        await parcel.GetByLabel("Nomor resi").FillAsync("JNE0011223344");
        await marketer.ShotAsync("24-studio-parcels");
        await parcel.GetByRole(AriaRole.Button, new() { Name = "Tandai sudah dikirim" }).ClickAsync();
        await Expect(marketer.GetByRole(AriaRole.Status)).ToContainTextAsync("Tercatat dikirim");

        // The clerk's receipt is still open: it updates itself, no reload.
        await Expect(clerk.GetByTestId("tracking")).ToHaveTextAsync("JNE0011223344", new() { Timeout = 3_000 });
        (await clerk.EvaluateAsync<bool>("() => window.__stillTheSamePage === true")).ShouldBeTrue("the receipt changed without a reload");
        await clerk.ShotAsync("25-receipt-shipped");
    }
}
