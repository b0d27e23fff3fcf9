using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;

namespace LoyaltyArena.IntegrationTests.Security;

/// <summary>
/// Signs in as every role, discovers the pages, forms, htmx endpoints and API operations the running app offers,
/// and sends them mutated input. Seeded: a failure names the seed and the request, so it can be replayed.
/// A response counts as broken when it is a 5xx, shows a stack trace, or shows the framework's English on a
/// Bahasa page.
/// </summary>
public sealed class Fuzzer(ArenaApp app, int seed, int budget)
{
    public sealed record Finding(string Who, string Method, string Url, string Input, int Status, string Why);

    private static readonly string[] Traces = ["   at ", "Exception:", "System.", "Microsoft.AspNetCore"];
    private static readonly string[] FrameworkEnglish = ["The value '", "is not valid for", "field is required", "must be a number", "is invalid.", "A value for the"];

    private static readonly string[] Values =
    [
        "", " ", new string('x', 10_000), "\u202Eabc\u200B\u200D", "a\0b", "-1", "0", "-2147483649", "2147483648", "99999999999",
        "1,5", "1.5", "9999-12-31", "0001-01-01", "31-12-2026", "abc", "<script>alert(1)</script>", "' OR 1=1 --", "true", "null",
        "javascript:alert(1)", "%00", "../../etc/passwd", "=HYPERLINK(\"x\")", "١٢٣", "😀",
    ];

    private readonly Random _random = new(seed);
    private readonly List<Finding> _findings = [];
    private int _sent;

    public int Sent => _sent;
    public IReadOnlyList<Finding> Findings => _findings;

    private sealed record Form(string Method, string Action, List<(string Name, string Value, string Type, string[] Choices)> Fields);

    public async Task RunAsync()
    {
        var people = new (string Who, string? Login)[]
        {
            ("anonymous", null), ("staff", DemoProgram.StaffEmail), ("owner", DemoProgram.OwnerEmail),
            ("marketer", DemoProgram.MarketerEmail), ("admin", DemoProgram.AdminEmail),
        };
        var share = budget / (people.Length + 1);
        foreach (var (who, login) in people)
        {
            using var session = login is null ? app.Anonymous() : await app.SignInAsync(login);
            await FuzzSiteAsync(who, session, share);
        }
        await FuzzApiAsync(budget - _sent);
    }

    private async Task FuzzSiteAsync(string who, ArenaSession session, int share)
    {
        var stop = _sent + share;
        var pages = new List<string>();
        var forms = new List<Form>();
        var queue = new Queue<string>(["/", "/Learning", "/Leaderboards", "/Rewards", "/Ledger", "/Notifications", "/Rules", "/Account/SignIn",
            "/Studio", "/Studio/Members", "/Studio/Rewards", "/Studio/Modules", "/Studio/Surveys", "/Studio/Tiers", "/Studio/Settings",
            "/Studio/Products", "/Studio/Sales/Import", "/Studio/ApiKeys", "/Studio/Fulfilment", "/Studio/Redemptions", "/Studio/Audit"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0 && pages.Count < 60 && _sent < stop)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var (status, html) = await SendAsync(who, session, HttpMethod.Get, url, null, htmx: false);
            if (status != 200 || html is null) continue;
            pages.Add(url);
            var document = new HtmlParser().ParseDocument(html);
            foreach (var link in document.QuerySelectorAll("a[href], [hx-get]"))
            {
                var href = WebUtility.HtmlDecode(link.GetAttribute("hx-get") ?? link.GetAttribute("href") ?? "");
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/media", StringComparison.Ordinal)) queue.Enqueue(href);
            }
            foreach (var element in document.QuerySelectorAll("form"))
            {
                var form = (IHtmlFormElement)element;
                var action = WebUtility.HtmlDecode(form.GetAttribute("action") ?? url);
                if (action.Contains("SignOut", StringComparison.Ordinal) || !action.StartsWith('/')) continue;
                var fields = form.Elements.OfType<AngleSharp.Dom.IElement>()
                    .Where(e => e.GetAttribute("name") is { Length: > 0 })
                    .Select(e => (e.GetAttribute("name")!, e.GetAttribute("value") ?? e.TextContent, e.GetAttribute("type") ?? e.LocalName,
                        e.QuerySelectorAll("option").Select(o => o.GetAttribute("value") ?? o.TextContent).ToArray()))
                    .ToList();
                forms.Add(new Form((form.GetAttribute("method") ?? "get").ToUpperInvariant(), action, fields));
            }
        }

        // Every page also gets methods it does not take, and ids that are not there.
        foreach (var page in pages.ToList())
        {
            if (_sent >= stop) break;
            await SendAsync(who, session, HttpMethod.Post, page, [], htmx: false);
            await SendAsync(who, session, new HttpMethod("TRACE"), page, null, htmx: false);
        }
        while (_sent < stop && forms.Count > 0)
        {
            var form = forms[_random.Next(forms.Count)];
            var fields = form.Fields.Select(f => new KeyValuePair<string, string>(f.Name, Mutate(f.Name, f.Value, f.Choices))).ToList();
            if (_random.Next(20) == 0) fields.Add(new(Pick(["a[", "x]]", "Input.[0", "__proto__"]), "1"));
            var method = form.Method == "POST" ? HttpMethod.Post : HttpMethod.Get;
            var url = form.Action;
            if (_random.Next(6) == 0) url = ForeignIds(url);
            if (method == HttpMethod.Get)
                await SendAsync(who, session, method, url + (url.Contains('?') ? "&" : "?") + string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")), null, htmx: _random.Next(2) == 0);
            else
                await SendAsync(who, session, method, url, fields, htmx: _random.Next(2) == 0);
        }
    }

    private string Mutate(string name, string original, string[] choices)
    {
        if (name == "__RequestVerificationToken") return _random.Next(50) == 0 ? "forged" : original;
        return _random.Next(4) switch
        {
            0 => original,
            1 when choices.Length > 0 => choices[_random.Next(choices.Length)],
            2 => _random.Next(1, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => Pick(Values),
        };
    }

    /// <summary>Numbers in a URL replaced by ids that do not exist or belong to something else.</summary>
    private string ForeignIds(string url) =>
        System.Text.RegularExpressions.Regex.Replace(url, "(?<=/|=)[0-9]+", _ => Pick(["0", "-1", "999999", "2147483647", "1", "2", "3"]));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private async Task FuzzApiAsync(int share)
    {
        var stop = _sent + share;
        var bodies = new Func<string>[]
        {
            () => "{",
            () => "[]",
            () => "null",
            () => "\"text\"",
            () => """{"externalId":"F-1","externalId":"F-2","member":"staff@demo.test","sku":"DEMO-SKU-1","quantity":1,"soldAt":"2026-11-30T10:00:00Z"}""",
            () => $$"""{"externalId":"{{Pick(Values).Replace("\"", "")}}","member":"{{Pick(Values).Replace("\"", "")}}","sku":"DEMO-SKU-1","quantity":{{Pick(["1", "-1", "0", "100000", "99999999999", "1.5", "\"3\"", "null"])}},"amount":{{Pick(["1", "-5", "9223372036854775808", "null"])}},"soldAt":"{{Pick(["2026-11-30T10:00:00Z", "9999-12-31T00:00:00Z", "0001-01-01T00:00:00Z", "x"])}}"}""",
            () => "[" + string.Join(',', Enumerable.Repeat("""{"externalId":"B","member":"staff@demo.test","sku":"DEMO-SKU-1","quantity":1,"soldAt":"2026-11-30T10:00:00Z"}""", _random.Next(1, 600))) + "]",
            () => "{\"a\":" + new string('[', 2_000) + new string(']', 2_000) + "}",
        };
        using var api = app.CreateClient();
        while (_sent < stop)
        {
            HttpRequestMessage request;
            string input;
            if (_random.Next(4) == 0)
            {
                input = Uri.EscapeDataString(Pick(Values));
                request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/members/{input}/balance");
            }
            else
            {
                input = Pick(bodies)();
                var content = new StringContent(input, Encoding.UTF8);
                content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(Pick(["application/json", "text/plain", "application/xml", "application/json; charset=latin1"]));
                request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sales") { Content = content };
            }
            request.Headers.Add("X-Api-Key", _random.Next(10) == 0 ? "wrong-key" : DemoProgram.ApiKey);
            if (_random.Next(2) == 0) request.Headers.AcceptLanguage.ParseAdd("id");
            _sent++;
            HttpResponseMessage response;
            try
            {
                response = await api.SendAsync(request);
            }
            catch (InvalidOperationException)
            {
                continue; // a NUL in the path: refused before it left the client, as Kestrel would with 400
            }
            using var _ = response;
            var body = await response.Content.ReadAsStringAsync();
            Check("api", request.Method.Method, request.RequestUri!.ToString(), input.Length > 300 ? input[..300] + "…" : input, (int)response.StatusCode, body, bahasa: false);
        }
    }

    private async Task<(int Status, string? Html)> SendAsync(string who, ArenaSession session, HttpMethod method, string url, List<KeyValuePair<string, string>>? form, bool htmx)
    {
        _sent++;
        using var request = new HttpRequestMessage(method, url);
        if (form is not null) request.Content = new FormUrlEncodedContent(form);
        if (htmx) request.Headers.Add("HX-Request", "true");
        HttpResponseMessage response;
        try
        {
            response = await session.Client.SendAsync(request);
        }
        catch (InvalidOperationException)
        {
            return (400, null); // refused before it left the client (a NUL in the path); Kestrel answers such a request 400
        }
        using var _ = response;
        var body = await response.Content.ReadAsStringAsync();
        var input = form is null ? "" : string.Join('&', form.Select(f => $"{f.Key}={(f.Value.Length > 60 ? f.Value[..60] + "…" : f.Value)}"));
        Check(who, method.Method, url, input, (int)response.StatusCode, body, bahasa: body.Contains("<html lang=\"id\"", StringComparison.Ordinal) || (htmx && !body.Contains("<html", StringComparison.Ordinal)));
        return ((int)response.StatusCode, body);
    }

    private void Check(string who, string method, string url, string input, int status, string body, bool bahasa)
    {
        string? why = status >= 500 ? $"HTTP {status}"
            : Traces.FirstOrDefault(t => body.Contains(t, StringComparison.Ordinal)) is { } trace ? $"stack trace ('{trace}')"
            : bahasa && FrameworkEnglish.FirstOrDefault(e => body.Contains(e, StringComparison.Ordinal)) is { } english ? $"framework English ('{english}')"
            : null;
        if (why is not null && _findings.Count < 200) _findings.Add(new Finding(who, method, url, input, status, why));
    }

    public string Report() =>
        $"fuzz seed={seed}: {_sent} requests, {_findings.Count} broken" + Environment.NewLine +
        string.Join(Environment.NewLine, _findings.GroupBy(f => (f.Method, Path: f.Url.Split('?')[0], f.Why)).Take(25)
            .Select(g => $"  {g.Count()}x {g.Key.Why}: {g.First().Who} {g.Key.Method} {g.First().Url} [{g.First().Input}]"));
}
