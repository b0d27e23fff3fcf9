using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace LoyaltyArena.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over a real database: a fresh SQLite file, or a fresh PostgreSQL database on the
/// server the test script started. Migrations run and the demo program is seeded, as on a first start.
/// </summary>
public class ArenaApp(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _name = $"arena_test_{Guid.NewGuid():N}";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "arena-tests", Guid.NewGuid().ToString("N"));

    public DatabaseProvider Provider { get; } = provider;
    public TestClock Clock { get; } = new();
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Today in the program's time zone on the test clock: after 17:00 UTC it is already tomorrow in Jakarta.</summary>
    public DateOnly Today
    {
        get
        {
            var calendar = Services.GetRequiredService<Core.Common.ProgramCalendar>();
            return DateOnly.FromDateTime(calendar.ToLocal(Clock.GetUtcNow().UtcDateTime));
        }
    }

    /// <summary>Extra settings, applied last (e.g. Smtp:Host for the email tests).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public string ConnectionString => Provider == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(_folder, "arena.db")}"
        // Two test classes run at once against one server (max_connections 100): each app's pool queues beyond 30.
        : new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = _name, MaxPoolSize = 30 }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:Arena"] = ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Seed:Demo"] = "true",
            ["RateLimits:SignInPerMinute"] = "10000",
            ["RateLimits:AnswersPerMinute"] = "10000",
            ["Smtp:PickupDirectory"] = MailFolder,
            ["Outbox:PollInterval"] = "00:00:00.300",
            ["Outbox:FirstRetry"] = "00:00:00.500",
            ["Outbox:MaxRetry"] = "00:00:01",
            // Tests run the daily passes themselves, at the moment they choose.
            ["Jobs:Enabled"] = "false",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            services.AddHttpContextAccessor();
            services.AddSingleton<QueryCounter>();
            services.ConfigureDbContext<ArenaDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<QueryCounter>()));
        });
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        if (Provider == DatabaseProvider.Postgres) await PostgresServer.CreateDatabaseAsync(_name);
        _ = Services; // starts the host: migrate and seed
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Provider == DatabaseProvider.Postgres) await PostgresServer.DropDatabaseAsync(_name);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    public async Task<T> DbAsync<T>(Func<ArenaDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ArenaDbContext>());
    }

    public async Task<T> ServiceAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<int> MemberIdAsync(string email) =>
        DbAsync(db => db.Members.Where(m => m.NormalizedEmail == email.ToUpperInvariant()).Select(m => m.Id).SingleAsync());

    /// <summary>The text of the newest email to <paramref name="recipient"/> containing <paramref name="contains"/>, once the outbox wrote it.</summary>
    public async Task<string> WaitForMailAsync(string recipient, string contains, int count = 1)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = Directory.Exists(MailFolder)
                ? Directory.GetFiles(MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                    .Where(m => m.To.Mailboxes.Any(a => a.Address.Equals(recipient, StringComparison.OrdinalIgnoreCase)) && (m.TextBody ?? "").Contains(contains, StringComparison.Ordinal))
                    .OrderBy(m => m.Date).Select(m => m.TextBody ?? "").ToList()
                : [];
            if (found.Count >= count) return found[^1];
            if (DateTime.UtcNow > until) throw new TimeoutException($"No email to {recipient} containing '{contains}' (found {found.Count}).");
            await Task.Delay(150);
        }
    }

    /// <summary>The one-time token in the newest account link emailed to <paramref name="recipient"/>.</summary>
    public async Task<string> LinkTokenAsync(string recipient, string path, int count = 1)
    {
        var text = await WaitForMailAsync(recipient, path, count);
        return System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(path) + @"\?token=([A-Za-z0-9_\-]+)")[^1].Groups[1].Value;
    }

    public Task<int> BalanceAsync(int memberId) =>
        DbAsync(db => db.Wallets.Where(w => w.MemberId == memberId).Select(w => w.Balance).SingleOrDefaultAsync());

    public async Task<ArenaSession> SignInAsync(string login, string password = DemoProgram.Password, bool rememberMe = false)
    {
        var session = new ArenaSession(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var response = await session.SignInAsync(login, password, rememberMe);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, $"sign-in as {login} failed");
        return session;
    }

    public ArenaSession Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>A fresh staff member who can sign in with the demo password, signed in on a session of their own.</summary>
    public async Task<(ArenaSession Session, int MemberId)> SignInNewStaffAsync(int points)
    {
        var id = await NewStaffAsync(points);
        return (await SignInAsync(await GivePasswordAsync(id)), id);
    }

    /// <summary>Sets the demo password on a member made by <see cref="NewStaffAsync"/> and returns their email.</summary>
    public async Task<string> GivePasswordAsync(int memberId)
    {
        var hash = Services.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<Member>>().HashPassword(null!, DemoProgram.Password);
        return await DbAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.Id == memberId);
            member.PasswordHash = hash;
            member.SecurityStamp = Guid.NewGuid().ToString();
            member.LockoutEnabled = true;
            await db.SaveChangesAsync();
            return member.Email!;
        });
    }

    /// <summary>A fresh staff member with a wallet of <paramref name="points"/>, so tests do not share balances.</summary>
    public Task<int> NewStaffAsync(int points) => ServiceAsync<Core.Ledger.PointsLedger, int>(async ledger =>
    {
        var id = await DbAsync(async db =>
        {
            var store = await db.Partners.Where(p => p.Kind == PartnerKind.Store).Select(p => p.Id).FirstAsync();
            var email = $"t{Guid.NewGuid():N}@test.local";
            var member = new Member("Test Staff", email, null, store, Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), DateTime.UtcNow)
            {
                NormalizedEmail = email.ToUpperInvariant(),
                NormalizedUserName = email.ToUpperInvariant(),
            };
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });
        if (points > 0)
            await ledger.PostAsync(Core.Ledger.Posting.Earn(id, points, "test", Guid.NewGuid().ToString("N"), Core.Ledger.LedgerReasons.Welcome, null), default);
        return id;
    });
}

public sealed class SqliteApp() : ArenaApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : ArenaApp(DatabaseProvider.Postgres);
