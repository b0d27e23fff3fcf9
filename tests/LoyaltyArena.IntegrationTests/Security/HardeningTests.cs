using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;

namespace LoyaltyArena.IntegrationTests.Security;

/// <summary>What an outside audit tried against the API, the hub and the proxy set-up.</summary>
public sealed class HardeningTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private HttpClient Api(string key = DemoProgram.ApiKey)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task A_sale_naming_the_same_field_twice_is_refused_rather_than_taking_the_last_value()
    {
        const string json = """{"externalId":"DUP-1","member":"staff@demo.test","member":"owner@demo.test","sku":"DEMO-SKU-1","quantity":1,"soldAt":"2026-11-30T10:00:00Z"}""";

        var response = await Api().PostAsync("/api/v1/sales", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_body_over_a_megabyte_is_refused_with_413_problem_details()
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat("{\"externalId\":\"X\"}", 70_000)) + "]"));
        body.Headers.ContentType = new("application/json");

        var response = await Api().PostAsync("/api/v1/sales", body);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("The request body is too large");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        var response = await Api().PostAsync("/api/v1/sales", new StringContent("externalId=1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_live_hub_refuses_a_page_of_another_site()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/hubs/arena/negotiate?negotiateVersion=1");
        foreign.Headers.Add("Origin", "https://evil.example");
        using var own = new HttpRequestMessage(HttpMethod.Post, "/hubs/arena/negotiate?negotiateVersion=1");
        own.Headers.Add("Origin", "http://localhost");

        (await session.Client.SendAsync(foreign)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.Client.SendAsync(own)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>On an app of its own: once an address is blocked, it is blocked for every key it sends.</summary>
public sealed class KeyGuessingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private HttpClient Api(string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task Guessing_api_keys_from_one_address_is_stopped_even_with_a_new_key_each_time()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
            answers.Add((await Api($"guess-{Guid.NewGuid():N}").GetAsync("/api/v1/members/staff@demo.test/balance")).StatusCode);

        answers.Take(20).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        answers.Skip(20).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        (await Api(DemoProgram.ApiKey).GetAsync("/api/v1/members/staff@demo.test/balance")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}

/// <summary>Behind a TLS proxy on the same machine (a real Kestrel, so the proxy's address is real).</summary>
public sealed class BehindProxyTests : IAsyncLifetime
{
    private sealed class KestrelApp : ArenaApp
    {
        public KestrelApp() : base(DatabaseProvider.Sqlite) => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    private readonly KestrelApp _app = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        _app.StartServer();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private async Task<HttpResponseMessage> SignInPageAsync(bool viaHttps)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/SignIn");
        request.Headers.Host = "arena.example";
        if (viaHttps) request.Headers.Add("X-Forwarded-Proto", "https");
        return await _app.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Https_at_the_proxy_gives_secure_cookies_and_hsts()
    {
        var response = await SignInPageAsync(viaHttps: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        response.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();
    }

    [Fact]
    public async Task Https_at_the_proxy_names_every_cookie_with_the_host_prefix_and_a_signed_in_session_keeps_working()
    {
        var page = await SignInPageAsync(viaHttps: true);
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldAllBe(c => c.StartsWith("__Host-", StringComparison.Ordinal) && c.Contains("path=/", StringComparison.OrdinalIgnoreCase));
        var jar = cookies.Select(c => c.Split(';')[0]).ToList();
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Login"] = Core.Data.DemoProgram.StaffEmail, ["Input.Password"] = Core.Data.DemoProgram.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        signIn.Headers.Host = "arena.example";
        signIn.Headers.Add("X-Forwarded-Proto", "https");
        signIn.Headers.Add("Cookie", string.Join("; ", jar));
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _app.CreateClient().BaseAddress };
        var signedIn = await client.SendAsync(signIn);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-arena.auth=", StringComparison.Ordinal)).Split(';')[0];

        using var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Host = "arena.example";
        home.Headers.Add("X-Forwarded-Proto", "https");
        home.Headers.Add("Cookie", auth);
        var response = await client.SendAsync(home);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Halo, Sari!");
    }

    [Fact]
    public async Task Plain_http_without_a_proxy_saying_https_gets_neither()
    {
        var response = await SignInPageAsync(viaHttps: false);

        response.Headers.GetValues("Set-Cookie").ShouldAllBe(c => !c.Contains("secure", StringComparison.OrdinalIgnoreCase) && !c.StartsWith("__Host-", StringComparison.Ordinal));
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }
}

/// <summary>Input the framework itself used to trip over (HTTP 500) or answer in English on a Bahasa page.</summary>
public sealed class BadInputTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] FrameworkEnglish = ["The value '", "is not valid for", "field is required", "must be a number"];

    [Fact]
    public async Task A_form_key_in_broken_jquery_syntax_is_ignored_even_before_sign_in()
    {
        using var visitor = app.Anonymous();
        await visitor.GetHtmlAsync("/Account/SignIn");

        var response = await visitor.PostFormAsync("/Account/SignIn", new() { ["a["] = "1", ["Input.Login"] = "x@y.z", ["Input.Password"] = "12345678" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Email/nomor HP atau kata sandi salah");
    }

    [Fact]
    public async Task A_checkbox_posted_with_a_value_that_is_no_boolean_redraws_the_form()
    {
        using var visitor = app.Anonymous();
        await visitor.GetHtmlAsync("/Account/SignIn");

        var response = await visitor.PostFormAsync("/Account/SignIn", new() { ["Input.RememberMe"] = "abc", ["Input.Login"] = "x@y.z", ["Input.Password"] = "12345678" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Letters_where_a_number_belongs_get_a_bahasa_message_and_no_framework_english()
    {
        var member = await app.NewStaffAsync(100);
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var page = await marketer.GetHtmlAsync($"/Studio/Members/Detail/{member}");

        var response = await marketer.PostFormAsync($"/Studio/Members/Detail/{member}?handler=Adjust", new()
        {
            ["Input.Credit"] = "true", ["Input.Points"] = "abc", ["Input.Reason"] = "Bonus pameran",
        });
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Isian 'abc' tidak bisa dipakai di sini; periksa lagi.");
        foreach (var english in FrameworkEnglish)
        {
            html.ShouldNotContain(english);
            page.ShouldNotContain(english);
        }
        (await app.BalanceAsync(member)).ShouldBe(100);
    }
}
