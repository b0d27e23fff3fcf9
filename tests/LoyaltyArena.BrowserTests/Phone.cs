using Microsoft.Playwright;

namespace LoyaltyArena.BrowserTests;

public static class Phone
{
    public static async Task SignInAsync(this IPage page, string login, string password = "Demo!2026")
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email atau nomor HP").FillAsync(login);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByLabel("Ingat saya di HP ini (30 hari)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        try
        {
            // The landing page's scripts may still load on a busy machine; the sign-in is done once the URL moved.
            await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn"), new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException) when (!page.Url.Contains("/Account/SignIn"))
        {
            // Under load the navigation can commit before the wait starts listening: the URL has moved, so it is done.
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"Signing in as {login} stayed on {page.Url}, showing: {await page.InnerTextAsync("main")}");
        }
    }

    /// <summary>Waits until the page's SignalR connection is up, so a signal sent now reaches it.</summary>
    public static Task WaitUntilLiveAsync(this IPage page) =>
        page.WaitForSelectorAsync("body[data-live=on]", new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });

    public static Task ShotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ScreenshotFolder, name + ".png"), FullPage = true });
}
