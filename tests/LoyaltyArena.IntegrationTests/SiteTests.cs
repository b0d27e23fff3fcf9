using System.Net;
using System.Text.RegularExpressions;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;

namespace LoyaltyArena.IntegrationTests;

/// <summary>What every page shares: the web root, security headers, health, htmx fragments, language.</summary>
public partial class SiteTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/js/site.js")]
    [InlineData("/css/site.css")]
    [InlineData("/lib/htmx/htmx.min.js")]
    [InlineData("/lib/signalr/signalr.min.js")]
    public async Task Static_files_come_from_the_top_level_wwwroot(string url) =>
        (await app.Anonymous().Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Theory]
    [InlineData("/lib/htmx/htmx.min.js", 20_000)]
    [InlineData("/lib/signalr/signalr.min.js", 16_000)]
    [InlineData("/css/site.css", 8_000)]
    public async Task Scripts_and_styles_reach_a_phone_compressed(string url, int atMostBytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        using var response = await app.Anonymous().Client.SendAsync(request);

        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeLessThan(atMostBytes);
    }

    [Fact]
    public async Task Pages_carrying_antiforgery_tokens_are_never_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/SignIn");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        using var response = await app.Anonymous().Client.SendAsync(request);

        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await response.Content.ReadAsStringAsync()).ShouldContain("__RequestVerificationToken");
    }

    [Fact]
    public async Task The_live_hub_answers_a_signed_out_script_with_401_not_a_sign_in_page()
    {
        using var response = await app.Anonymous().Client.PostAsync("/hubs/arena/negotiate?negotiateVersion=1", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<html");
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await app.Anonymous().Client.GetAsync("/healthz");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Theory]
    [InlineData("/Account/SignIn")]
    [InlineData("/healthz")]
    [InlineData("/js/site.js")]
    public async Task Every_response_carries_a_strict_content_security_policy(string url)
    {
        var response = await app.Anonymous().Client.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Learning")]
    [InlineData("/Learning/Module/pengenalan-produk")]
    [InlineData("/Leaderboards")]
    [InlineData("/Rewards")]
    [InlineData("/Ledger")]
    [InlineData("/Challenges")]
    [InlineData("/Referrals")]
    [InlineData("/Onboarding?step=3")]
    public async Task Pages_have_no_inline_script_or_inline_event_handlers(string url)
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var html = await session.GetHtmlAsync(url);

        InlineScript().IsMatch(html).ShouldBeFalse("a <script> without src would be blocked by the CSP");
        InlineHandler().IsMatch(html).ShouldBeFalse("inline on* handlers would be blocked by the CSP");
        html.ShouldNotContain("style=\"");
        html.ShouldNotContain("hx-on");
    }

    [Fact]
    public async Task An_htmx_request_gets_only_the_fragment_and_the_response_varies_on_it()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Leaderboards?period=AllTime");
        request.Headers.Add("HX-Request", "true");

        using var response = await session.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        html.TrimStart().ShouldStartWith("<section id=\"board\"");
        html.ShouldNotContain("<html");
        response.Headers.Vary.ShouldContain("HX-Request");
    }

    [Fact]
    public async Task A_member_can_switch_to_English_and_back()
    {
        using var session = await app.SignInAsync(DemoProgram.OwnerEmail);
        (await session.GetHtmlAsync("/")).ShouldContain("Saldo poin kamu");

        var switched = await session.PostFormAsync("/Account/Language", new() { ["language"] = "en", ["returnUrl"] = "/Rewards" });
        switched.Headers.Location!.ToString().ShouldBe("/Rewards");

        (await session.GetHtmlAsync("/")).ShouldContain("Your points");
        await session.PostFormAsync("/Account/Language", new() { ["language"] = "id", ["returnUrl"] = "/" });
        (await session.GetHtmlAsync("/")).ShouldContain("Saldo poin kamu");
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        using var session = await app.SignInAsync(DemoProgram.OwnerEmail);
        await session.GetHtmlAsync("/");

        var response = await session.PostFormAsync("/Account/Language", new() { ["language"] = "en", ["returnUrl"] = "https://evil.example/" });

        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var response = await session.Client.PostAsync("/Rewards/Redeem/1",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.RequestKey"] = "x" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/Rules")]
    [InlineData("/")]
    [InlineData("/Rewards")]
    [InlineData("/Learning/Module/pengenalan-produk")]
    public async Task Posting_to_a_page_that_only_shows_something_answers_405_with_a_page(string url)
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);
        await session.GetHtmlAsync("/");

        var response = await session.PostFormAsync(url, new() { ["x"] = "1" });

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Halaman tidak ditemukan");
    }

    [Fact]
    public async Task An_unknown_page_gets_a_friendly_404()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var response = await session.Client.GetAsync("/Learning/Module/tidak-ada");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Halaman tidak ditemukan");
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
