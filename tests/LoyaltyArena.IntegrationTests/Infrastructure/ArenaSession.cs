using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LoyaltyArena.IntegrationTests.Infrastructure;

/// <summary>One browser-less visitor: keeps cookies, reads pages, posts forms with their antiforgery token.</summary>
public sealed partial class ArenaSession(HttpClient client) : IDisposable
{
    private string? _token;

    public HttpClient Client { get; } = client;

    public async Task<HttpResponseMessage> SignInAsync(string login, string password, bool rememberMe) =>
        await PostFormAsync("/Account/SignIn", new()
        {
            ["Input.Login"] = login,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = rememberMe ? "true" : "false",
        });

    public async Task<string> GetHtmlAsync(string url, bool htmx = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (htmx) request.Headers.Add("HX-Request", "true");
        using var response = await Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        var html = await response.Content.ReadAsStringAsync();
        RememberToken(html);
        return html;
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url) => new HtmlParser().ParseDocument(await GetHtmlAsync(url));

    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, bool htmx = false, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        if (_token is null)
        {
            using var page = await Client.GetAsync(url.StartsWith("/Account/SignIn", StringComparison.Ordinal) ? "/Account/SignIn" : "/");
            RememberToken(await page.Content.ReadAsStringAsync());
        }
        var pairs = fields.ToList();
        if (extra is not null) pairs.AddRange(extra);
        pairs.Add(new("__RequestVerificationToken", _token ?? ""));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(pairs) };
        if (htmx) request.Headers.Add("HX-Request", "true");
        var response = await Client.SendAsync(request);
        return response;
    }

    /// <summary>
    /// Where a redemption form sent the member: a redirect for a plain form, HX-Redirect for htmx; the receipt
    /// URL either way (the test fails on anything else, such as the catalog re-rendered with a refusal).
    /// </summary>
    public static string ReceiptUrl(HttpResponseMessage response)
    {
        var url = response.Headers.Location?.OriginalString
            ?? (response.Headers.TryGetValues("HX-Redirect", out var hx) ? hx.Single() : null);
        url.ShouldNotBeNull($"expected the receipt, got {(int)response.StatusCode}");
        url.ShouldStartWith("/Rewards/Receipt/");
        return url;
    }

    /// <summary>Posts a redemption form and reads the receipt it lands on.</summary>
    public async Task<string> RedeemToReceiptAsync(string url, Dictionary<string, string> fields, bool htmx = false) =>
        await GetHtmlAsync(ReceiptUrl(await PostFormAsync(url, fields, htmx)));

    /// <summary>Posts one file as a multipart form, with the antiforgery token of the last page read.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string url, string field, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(_token ?? ""), "__RequestVerificationToken" },
            { new ByteArrayContent(content), field, fileName },
        };
        return await Client.PostAsync(url, form);
    }

    private void RememberToken(string html)
    {
        var match = TokenPattern().Match(html);
        if (match.Success) _token = WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
