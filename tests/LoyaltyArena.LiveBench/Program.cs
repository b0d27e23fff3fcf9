using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;

// Live fan-out (goal: with 1,000 watchers an earning reaches every open board at p95 <= 250 ms from the award request,
// 100% delivered; with 5,000, max <= 1 s; server CPU per earning roughly flat from 100 to 5,000 watchers; <= 48 KB per
// idle connection). Clients behave like the board page: connect, watch this week's everyone board, apply each pushed
// board (no re-fetch: the HTML comes with the push). Each earning is an API sale, so it travels the whole way.
// Usage: LoyaltyArena.LiveBench <base-url> <server-pid> [watchers=100,1000,5000] [earnings=10]
var baseUrl = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080";
var serverPid = int.Parse(args.ElementAtOrDefault(1) ?? "0", CultureInfo.InvariantCulture);
var sizes = (args.ElementAtOrDefault(2) ?? "100,1000,5000").Split(',').Select(int.Parse).ToArray();
var earnings = int.Parse(args.ElementAtOrDefault(3) ?? "10", CultureInfo.InvariantCulture);

var cookies = new CookieContainer();
using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
await SignInAsync("staff@demo.test", "Demo!2026");
var cookieHeader = cookies.GetCookieHeader(new Uri(baseUrl));

// Warm-up with one watcher, so JIT, EF query compilation and the first push renders are not counted as the cost of an earning.
await using (var warm = await ConnectAsync())
{
    for (var i = 0; i < 3; i++)
    {
        await SaleAsync();
        await Task.Delay(300);
    }
}
Console.WriteLine("watchers  delivered  p50 ms  p95 ms  max ms  server CPU ms/earning  KB/idle connection");
var connections = new List<HubConnection>();
try
{
    foreach (var size in sizes)
    {
        var (rssBefore, countBefore) = (Rss(), connections.Count);
        while (connections.Count < size) connections.AddRange(await Task.WhenAll(Enumerable.Range(0, Math.Min(100, size - connections.Count)).Select(_ => ConnectAsync())));
        await Task.Delay(2_000);
        var perConnectionKb = (Rss() - rssBefore) / 1024.0 / Math.Max(1, size - countBefore);

        var received = new ConcurrentBag<double>();
        long stamp = 0;
        var counts = new int[earnings];
        var round = -1;
        foreach (var c in connections)
        {
            c.Remove("board");
            c.On<string, string, int[][]>("board", (_, _, _) =>
            {
                var r = Volatile.Read(ref round);
                if (r < 0) return;
                if (Interlocked.Increment(ref counts[r]) <= connections.Count)
                    received.Add(Stopwatch.GetElapsedTime(Interlocked.Read(ref stamp)).TotalMilliseconds);
            });
        }
        var cpuBefore = Cpu();
        var latencies = new List<double>();
        var delivered = 0L;
        for (var i = 0; i < earnings; i++)
        {
            received.Clear();
            Interlocked.Exchange(ref stamp, Stopwatch.GetTimestamp());
            Volatile.Write(ref round, i);
            await SaleAsync();
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (Volatile.Read(ref counts[i]) < connections.Count && DateTime.UtcNow < deadline) await Task.Delay(5);
            delivered += Math.Min(Volatile.Read(ref counts[i]), connections.Count);
            latencies.AddRange(received);
            Volatile.Write(ref round, -1);
            await Task.Delay(600); // apart, so each earning is its own leading-edge push
        }
        var cpuPerEarning = (Cpu() - cpuBefore) / earnings;
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,8}  {100.0 * delivered / ((long)earnings * connections.Count),8:0.0}%  {P(0.5),6:0}  {P(0.95),6:0}  {(latencies.Count > 0 ? latencies[^1] : double.NaN),6:0}  {cpuPerEarning,21:0.0}  {perConnectionKb,18:0.0}"));
    }
}
finally
{
    await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
}

async Task<HubConnection> ConnectAsync()
{
    var connection = new HubConnectionBuilder()
        .WithUrl(new Uri(new Uri(baseUrl), "/hubs/arena"), o =>
        {
            o.Headers["Cookie"] = cookieHeader;
            o.Headers["Origin"] = baseUrl;
            o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
        })
        .Build();
    connection.On<string>("changed", _ => { });
    await connection.StartAsync();
    await connection.InvokeAsync("Watch", "all", "week", "id");
    return connection;
}

async Task SignInAsync(string login, string password)
{
    var form = await http.GetStringAsync("/Account/SignIn");
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    using var response = await http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.Login"] = login, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
    }));
    if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in answered {(int)response.StatusCode}.");
}

async Task SaleAsync()
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sales")
    {
        Content = new StringContent($$"""{"externalId":"LIVE-{{Guid.NewGuid():N}}","member":"staff@demo.test","sku":"DEMO-SKU-1","quantity":1,"amount":50000,"soldAt":"{{DateTime.UtcNow:O}}"}""", Encoding.UTF8, "application/json"),
    };
    request.Headers.Add("X-Api-Key", "demo-sales-key-2026");
    using var response = await http.SendAsync(request);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Sale answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}

double Cpu()
{
    if (serverPid <= 0) return double.NaN;
    var fields = File.ReadAllText($"/proc/{serverPid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 1000.0 / 100; // clock ticks (100/s) to ms
}

long Rss()
{
    if (serverPid <= 0) return 0;
    var line = File.ReadLines($"/proc/{serverPid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
