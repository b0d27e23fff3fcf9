using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LoyaltyArena.Core;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Rewards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// The redemption race (goal: p99 <= 250 ms at 64 clients, never oversold): many members redeem one reward at once through
// the real RedemptionService and database. Prints the figures; exits 1 if any invariant broke.
// Usage: LoyaltyArena.Benchmarks <Sqlite|Postgres> [clients=64] [stock=1000] [attempts=5000] [members=1000]
//        LoyaltyArena.Benchmarks <Sqlite|Postgres> live-quiz [players=300]   (Kuis Live: see LiveQuizBench)
//        LoyaltyArena.Benchmarks <Sqlite|Postgres> mail-volume [members=20000] [maxPerSecond=0]   (broadcast and outbox: see MailVolumeBench)
var provider = Enum.Parse<DatabaseProvider>(args.ElementAtOrDefault(0) ?? "Sqlite", ignoreCase: true);
int Arg(int index, int fallback) => int.TryParse(args.ElementAtOrDefault(index), out var value) ? value : fallback;
var (clients, stock, attempts, memberCount) = (Arg(1, 64), Arg(2, 1_000), Arg(3, 5_000), Arg(4, 1_000));
if (args.ElementAtOrDefault(1) == "live-quiz") clients = 32;

var database = $"arena_bench_{Guid.NewGuid():N}";
var sqliteFile = Path.Combine(Path.GetTempPath(), database + ".db");
var adminConnection = Environment.GetEnvironmentVariable("ARENA_TEST_POSTGRES") is { Length: > 0 } configured
    ? configured : "Host=127.0.0.1;Port=5432;Username=arena;Password=arena;Database=postgres";
var connectionString = provider == DatabaseProvider.Sqlite
    ? $"Data Source={sqliteFile}"
    : new NpgsqlConnectionStringBuilder(adminConnection) { Database = database }.ConnectionString; // the app's default pool (Database:MaxPoolSize)

if (provider == DatabaseProvider.Postgres) await AdminAsync($"CREATE DATABASE \"{database}\"");
var services = new ServiceCollection()
    .AddLogging()
    .AddArenaCore();
services.AddOptions<DatabaseOptions>().Configure(o => (o.Provider, o.ConnectionString) = (provider, connectionString));
await using var root = services.BuildServiceProvider();

try
{
    if (args.ElementAtOrDefault(1) == "live-quiz") return await LiveQuizBench.RunAsync(root, provider, Arg(2, 300));
    if (args.ElementAtOrDefault(1) == "mail-volume") return await MailVolumeBench.RunAsync(provider, connectionString, Arg(2, 20_000), Arg(3, 0));
    var (members, rewardId, secondId, warmUpId) = await SeedAsync();
    // A short race on another reward first, so JIT and EF query compilation are not counted as contention.
    await RaceAsync(members, warmUpId, 200, "warm");
    var latencies = new ConcurrentBag<double>();
    var outcomes = new ConcurrentDictionary<RedeemStatus, int>();
    var wall = Stopwatch.StartNew();
    await RaceAsync(members, rewardId, attempts, "bench", (ms, status) =>
    {
        latencies.Add(ms);
        outcomes.AddOrUpdate(status, 1, (_, n) => n + 1);
    });
    wall.Stop();

    // A second race on another reward while other members open their home screen (it reads the catalog and
    // redeems nothing), one every 50 ms each: those pages must stay fast.
    var pageLatencies = new ConcurrentBag<double>();
    using var raceOver = new CancellationTokenSource();
    var readers = Task.WhenAll(Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
    {
        var random = new Random(r);
        while (!raceOver.IsCancellationRequested)
        {
            await using var scope = root.CreateAsyncScope();
            var started = Stopwatch.GetTimestamp();
            await scope.ServiceProvider.GetRequiredService<HomeScreen>().GetAsync(members[random.Next(members.Count)], default);
            pageLatencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(50);
        }
    })));
    await RaceAsync(members, secondId, attempts, "again");
    await raceOver.CancelAsync();
    await readers;

    await using var check = root.CreateAsyncScope();
    var db = check.ServiceProvider.GetRequiredService<ArenaDbContext>();
    var stockLeft = await db.Rewards.Where(r => r.Id == rewardId).Select(r => r.Stock).SingleAsync();
    var redemptions = await db.Redemptions.CountAsync(r => r.RewardId == rewardId);
    var codesGiven = await db.VoucherCodes.CountAsync(c => c.RewardId == rewardId && c.RedemptionId != null);
    var distinctCodes = await db.Redemptions.Where(r => r.RewardId == rewardId).Select(r => r.Code).Distinct().CountAsync();
    var negative = await db.Wallets.CountAsync(w => w.Balance < 0);
    var drifted = await db.Wallets.CountAsync(w => w.Balance != db.LedgerEntries.Where(e => e.MemberId == w.MemberId).Sum(e => e.Amount));

    var successes = outcomes.GetValueOrDefault(RedeemStatus.Redeemed);
    var sorted = latencies.Order().ToArray();
    double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
    var oversold = Math.Max(0, successes - stock) + (stockLeft < 0 ? 1 : 0);
    var broken = successes != Math.Min(stock, successes + stockLeft) || redemptions != successes || codesGiven != successes
        || distinctCodes != successes || negative > 0 || drifted > 0 || stockLeft != stock - successes;

    var f = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(f, $"redeem.{provider.ToString().ToLowerInvariant()}: clients={clients} stock={stock} attempts={attempts} members={members.Count}"));
    Console.WriteLine(string.Create(f, $"  successes={successes} oversold={oversold} stock_left={stockLeft} codes_given={codesGiven} distinct_codes={distinctCodes} negative_wallets={negative} wallets_not_equal_to_ledger={drifted}"));
    Console.WriteLine("  outcomes: " + string.Join(' ', outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}={o.Value}")));
    Console.WriteLine(string.Create(f, $"  latency_ms p50={Percentile(50):0.0} p95={Percentile(95):0.0} p99={Percentile(99):0.0} max={sorted[^1]:0.0}  throughput={attempts / wall.Elapsed.TotalSeconds:0} attempts/s ({wall.Elapsed.TotalSeconds:0.0} s)"));
    var pages = pageLatencies.Order().ToArray();
    double PagePercentile(double p) => pages[Math.Min(pages.Length - 1, (int)Math.Ceiling(p / 100 * pages.Length) - 1)];
    Console.WriteLine(string.Create(f, $"  home screens read during a second race: {pages.Length}, latency_ms p50={PagePercentile(50):0.0} p95={PagePercentile(95):0.0} (goal p95 < 300)"));
    Console.WriteLine(string.Create(f, $"  redemption p99 {Percentile(99):0} ms (goal <= 250)"));
    Console.WriteLine(broken ? "  INVARIANT BROKEN" : "  invariants: hold");
    return broken ? 1 : 0;
}
finally
{
    await root.DisposeAsync();
    if (provider == DatabaseProvider.Postgres)
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }
    else
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), database + ".db*")) File.Delete(file);
    }
}

async Task RaceAsync(List<int> members, int rewardId, int count, string keyPrefix, Action<double, RedeemStatus>? record = null)
{
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
    {
        while (Interlocked.Increment(ref next) is var attempt && attempt < count)
        {
            await using var scope = root.CreateAsyncScope();
            var started = Stopwatch.GetTimestamp();
            var outcome = await scope.ServiceProvider.GetRequiredService<RedemptionService>()
                .RedeemAsync(members[attempt % members.Count], rewardId, $"{keyPrefix}-{attempt}", default);
            record?.Invoke(Stopwatch.GetElapsedTime(started).TotalMilliseconds, outcome.Status);
        }
    })));
}

async Task<(List<int> Members, int RewardId, int SecondId, int WarmUpId)> SeedAsync()
{
    await using var scope = root.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<ArenaDbContext>();
    await db.Database.MigrateAsync();
    await ArenaDatabase.PrepareAsync(db, default);
    var store = new Partner("Bench store", PartnerKind.Store, "Jakarta");
    db.Partners.Add(store);
    await db.SaveChangesAsync();
    var people = Enumerable.Range(0, memberCount).Select(i => new Member($"Bench {i}", $"bench{i}@bench.test", null, store.Id, $"B{i:D7}", DateTime.UtcNow)).ToList();
    db.Members.AddRange(people);
    var reward = new Reward("Bench voucher", "", RewardCategory.EVoucher, 100, stock, 10_000);
    reward.AddCodes(Enumerable.Range(0, stock).Select(i => $"BENCH-{i:D6}"));
    var second = new Reward("Second voucher", "", RewardCategory.EVoucher, 100, stock, 10_000);
    second.AddCodes(Enumerable.Range(0, stock).Select(i => $"AGAIN-{i:D6}"));
    var warmUp = new Reward("Warm-up voucher", "", RewardCategory.EVoucher, 1, 20, 10_000);
    warmUp.AddCodes(Enumerable.Range(0, 20).Select(i => $"WARM-{i:D6}"));
    db.Rewards.AddRange(reward, second, warmUp);
    await db.SaveChangesAsync();
    foreach (var member in people)
    {
        await using var earn = root.CreateAsyncScope();
        await earn.ServiceProvider.GetRequiredService<PointsLedger>().PostAsync(
            Posting.Earn(member.Id, 2_000, "bench", member.Id.ToString(CultureInfo.InvariantCulture), LedgerReasons.Welcome, null), default);
    }
    return (people.Select(p => p.Id).ToList(), reward.Id, second.Id, warmUp.Id);
}

async Task AdminAsync(string sql)
{
    await using var connection = new NpgsqlConnection(adminConnection);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}
