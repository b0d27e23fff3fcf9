using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>Several web instances on one PostgreSQL: what happens on one reaches phones connected to another.</summary>
public class InstanceJourneyTests(TwoInstances servers) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task A_sale_recorded_through_instance_A_moves_the_board_on_a_phone_connected_to_instance_B()
    {
        servers.A.BaseUrl.ShouldNotBe(servers.B.BaseUrl);
        await using var phone = await servers.B.NewPhoneAsync();
        var owner = await phone.NewPageAsync();
        await owner.SignInAsync("owner@demo.test");
        await owner.GotoAsync("/Leaderboards?scope=team");
        await owner.WaitUntilLiveAsync();
        var sari = owner.Locator(".board-row", new() { HasText = "Sari Wulandari" }).GetByTestId("board-points");
        await Expect(sari).ToHaveTextAsync("300");

        using var api = new HttpClient { BaseAddress = new Uri(servers.A.BaseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", "demo-sales-key-2026");
        var sale = await api.PostAsJsonAsync("/api/v1/sales", new
        {
            externalId = $"TWO-{Guid.NewGuid():N}", member = "staff@demo.test", sku = "DEMO-SKU-1", quantity = 1, amount = 50_000, soldAt = DateTimeOffset.UtcNow,
        });
        sale.IsSuccessStatusCode.ShouldBeTrue(await sale.Content.ReadAsStringAsync());

        // Sari is Silver: 100 points x1.1.
        await Expect(sari).ToHaveTextAsync("410", new() { Timeout = 5_000 });
        await owner.ShotAsync("44-board-live-across-instances");
    }
}
