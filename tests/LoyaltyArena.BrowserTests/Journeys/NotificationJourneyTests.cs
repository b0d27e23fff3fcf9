using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LoyaltyArena.BrowserTests.Journeys;

/// <summary>The notification centre and email preferences on a phone.</summary>
public class NotificationJourneyTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task A_clerk_opens_a_notice_to_what_it_is_about_and_turns_off_the_weekly_digest()
    {
        await using var phone = await server.NewPhoneAsync();
        var clerk = await phone.NewPageAsync();
        await clerk.SignInAsync("staff@demo.test");
        await clerk.GotoAsync("/Notifications");
        await Expect(clerk.GetByTestId("notice").First).ToBeVisibleAsync();
        await clerk.ShotAsync("60-notifications");

        var target = await clerk.GetByTestId("notice").First.GetAttributeAsync("href");
        await clerk.GetByTestId("notice").First.ClickAsync();
        clerk.Url.ShouldNotContain("/Notifications", customMessage: $"the notice ({target}) opens what it is about");

        await clerk.GotoAsync("/Account/Preferences");
        await clerk.GetByLabel("ringkasan mingguan").UncheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(clerk.GetByTestId("flash")).ToContainTextAsync("Preferensi email disimpan.");
        await Expect(clerk.GetByLabel("ringkasan mingguan")).Not.ToBeCheckedAsync();
        await clerk.ShotAsync("61-email-preferences");
    }
}
