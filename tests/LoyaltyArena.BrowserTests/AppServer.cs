using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LoyaltyArena.BrowserTests;

/// <summary>The real app on a real Kestrel (free port, fresh SQLite with the demo program) and a real Chromium.</summary>
public sealed class AppServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "arena-browser", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _withBrowser;
    private IPlaywright? _playwright;

    public AppServer() : this(new Dictionary<string, string?>(), withBrowser: true) { }

    /// <summary>An instance with other settings (another database, a backplane), with or without a browser of its own.</summary>
    internal AppServer(IReadOnlyDictionary<string, string?> settings, bool withBrowser)
    {
        (_settings, _withBrowser) = (settings, withBrowser);
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request that reached the server, in order: what a phone really fetched (a worker's cache hit never gets here).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Requests { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where each journey saves its screenshots (README: "Screenshots"); ARENA_SCREENSHOTS overrides it.</summary>
    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("ARENA_SCREENSHOTS") is { Length: > 0 } configured
        ? configured
        : Path.Combine(RepositoryRoot(), "tests", "LoyaltyArena.BrowserTests", "screenshots");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Arena", $"Data Source={Path.Combine(_folder, "arena.db")}");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Smtp:PickupDirectory", Path.Combine(_folder, "mail"));
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RecordRequests(Requests)));
    }

    private sealed class RecordRequests(System.Collections.Concurrent.ConcurrentQueue<string> log) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                log.Enqueue(context.Request.Path + context.Request.QueryString);
                await following();
            });
            next(app);
        };
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(ScreenshotFolder);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        if (!_withBrowser) return;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ARENA_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh phone: 390x844, touch, Bahasa Indonesia, Jakarta time.</summary>
    public async Task<IBrowserContext> NewPhoneAsync()
    {
        var phone = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
        });
        // A stuck step fails in 10 s with its own message instead of waiting out Playwright's 30 s.
        phone.SetDefaultTimeout(10_000);
        return phone;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LoyaltyArena.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
