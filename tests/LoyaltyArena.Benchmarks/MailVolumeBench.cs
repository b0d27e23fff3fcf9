using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A broadcast to 20,000 members (issue 14, "Volume"): how long the broadcast pass takes to reach them in the app and queue
/// their email, how many messages per second the outbox hands to a local SMTP server over its one connection, and how
/// fast web requests stay while both run. The app runs in this process on SQLite or PostgreSQL; aiosmtpd swallows the mail.
/// </summary>
internal static class MailVolumeBench
{
    public static async Task<int> RunAsync(DatabaseProvider provider, string connectionString, int members, double maxPerSecond)
    {
        var port = FreePort();
        using var smtp = Process.Start(new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"])
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
            })
            ?? throw new InvalidOperationException("aiosmtpd did not start (apt-get install python3-aiosmtpd)");
        try
        {
            return await MeasureAsync(provider, connectionString, members, maxPerSecond, port);
        }
        finally
        {
            smtp.Kill();
        }
    }

    private static async Task<int> MeasureAsync(DatabaseProvider provider, string connectionString, int members, double maxPerSecond, int port)
    {
        await WaitForPortAsync(port);
        var folder = Directory.CreateTempSubdirectory("arena-mail-bench").FullName;
        await using var app = new WebApplicationFactory<LoyaltyArena.Web.Email.EmailRenderer>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseContentRoot(WebProjectFolder());
            foreach (var (key, value) in new Dictionary<string, string>
            {
                ["Database:Provider"] = provider.ToString(), ["ConnectionStrings:Arena"] = connectionString, ["Database:MigrateOnStartup"] = "true",
                ["Seed:Demo"] = "true", ["Jobs:Enabled"] = "false", ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Smtp:Security"] = "None", ["Outbox:MaxPerSecond"] = maxPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Outbox:PollInterval"] = "00:00:00.200", ["Logging:LogLevel:Default"] = "Warning",
            }) b.UseSetting(key, value);
        });
        using var http = app.CreateClient();
        (await http.GetAsync("/healthz")).EnsureSuccessStatusCode();

        Console.WriteLine($"seeding {members:N0} members with an email address ...");
        await SeedAsync(app.Services, members);
        var idle = await LatenciesAsync(http, TimeSpan.FromSeconds(5), null);

        // The marketer's request only saves the broadcast; the pass below is what the hosted service runs.
        var requested = Stopwatch.StartNew();
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<Broadcasts>().ScheduleAsync(1, new BroadcastInput("Produk baru", "Mulai **besok** di gudang.", "/Rewards",
                null, null, null, null, null, null), default)).Id;
        var saved = requested.Elapsed;

        using var done = new CancellationTokenSource();
        var busy = LatenciesAsync(http, TimeSpan.FromMinutes(30), done.Token);
        var deliver = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Broadcasts>().DeliverDueAsync(default);
        deliver.Stop();
        var (reached, emails) = await CountsAsync(app.Services, id);

        var sending = Stopwatch.StartNew();
        int pending;
        do
        {
            await Task.Delay(250);
            await using var scope = app.Services.CreateAsyncScope();
            pending = await scope.ServiceProvider.GetRequiredService<ArenaDbContext>().OutboxMessages.CountAsync(o => o.SentAt == null);
        }
        while (pending > 0 && sending.Elapsed < TimeSpan.FromMinutes(25));
        sending.Stop();
        await done.CancelAsync();
        var during = await busy;

        Console.WriteLine($"engine {provider}, {members:N0} members, Outbox:MaxPerSecond {(maxPerSecond > 0 ? maxPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unlimited")}");
        Console.WriteLine($"  marketer's request (save + wake):          {saved.TotalMilliseconds:N0} ms");
        Console.WriteLine($"  broadcast pass (notices + outbox rows):    {deliver.Elapsed.TotalSeconds:N1} s for {reached:N0} notices and {emails:N0} emails ({reached / deliver.Elapsed.TotalSeconds:N0} members/s)");
        Console.WriteLine($"  outbox to SMTP (one connection per drain): {emails:N0} in {sending.Elapsed.TotalSeconds:N1} s after the pass = {emails / sending.Elapsed.TotalSeconds:N0} messages/s; {pending} left");
        Console.WriteLine($"  GET /healthz idle:        p50 {Pct(idle, 50):N1} ms, p95 {Pct(idle, 95):N1} ms ({idle.Count} requests)");
        Console.WriteLine($"  GET /healthz while busy:  p50 {Pct(during, 50):N1} ms, p95 {Pct(during, 95):N1} ms, max {during.DefaultIfEmpty(0).Max():N0} ms ({during.Count} requests)");
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        return reached >= members && pending == 0 ? 0 : 1;
    }

    private static async Task SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArenaDbContext>();
        var store = await db.Partners.Where(p => p.Kind == PartnerKind.Store).Select(p => p.Id).FirstAsync();
        var now = DateTime.UtcNow;
        for (var start = 0; start < count; start += 1_000)
        {
            db.ChangeTracker.Clear();
            for (var i = start; i < Math.Min(count, start + 1_000); i++)
            {
                var email = $"bench{i}@mail.test";
                db.Members.Add(new Member($"Staf {i}", email, null, store, $"B{i:D9}", now) { NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() });
            }
            await db.SaveChangesAsync();
        }
    }

    private static async Task<(int Reached, int Emails)> CountsAsync(IServiceProvider services, int id)
    {
        await using var scope = services.CreateAsyncScope();
        var b = await scope.ServiceProvider.GetRequiredService<ArenaDbContext>().Broadcasts.AsNoTracking().SingleAsync(x => x.Id == id);
        return (b.Recipients, b.Emails);
    }

    /// <summary>Four clients asking one after another, as phones would while the pass and the outbox run.</summary>
    private static async Task<List<double>> LatenciesAsync(HttpClient http, TimeSpan length, CancellationToken? stop)
    {
        var bag = new ConcurrentBag<double>();
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (until.Elapsed < length && stop?.IsCancellationRequested != true)
            {
                var started = Stopwatch.GetTimestamp();
                (await http.GetAsync("/healthz")).EnsureSuccessStatusCode();
                bag.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                await Task.Delay(20);
            }
        })));
        return [.. bag];
    }

    private static double Pct(List<double> values, int p) =>
        values.Count == 0 ? 0 : values.Order().ElementAt(Math.Min(values.Count - 1, (int)Math.Ceiling(values.Count * p / 100.0) - 1));

    /// <summary>The web project's folder (its views and wwwroot), found from the build output upwards.</summary>
    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LoyaltyArena.sln"))) return Path.Combine(dir.FullName, "src", "LoyaltyArena.Web");
        throw new DirectoryNotFoundException("LoyaltyArena.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not listen");
    }
}
