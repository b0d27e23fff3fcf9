using LoyaltyArena.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace LoyaltyArena.IntegrationTests.Security;

/// <summary>
/// The short fuzz run of the test command (about 5,000 requests). FUZZ_SEED replays a run; FUZZ_REQUESTS sets its
/// length (`bash tests/bench.sh --fuzz` runs 100,000).
/// </summary>
public sealed class FuzzTests(SqliteApp app, ITestOutputHelper output) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Mutated_input_from_every_role_to_every_form_page_and_api_gets_no_500_no_trace_and_no_framework_english()
    {
        // A fixed seed in the test command, so a red run is a real regression; bench.sh --fuzz picks a new one each run.
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 2026;
        var budget = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_REQUESTS"), out var n) ? n : 5_000;
        var fuzzer = new Fuzzer(app, seed, budget);

        var started = System.Diagnostics.Stopwatch.StartNew();
        await fuzzer.RunAsync();

        output.WriteLine($"{fuzzer.Report()}{Environment.NewLine}{fuzzer.Sent / started.Elapsed.TotalSeconds:0} requests/s");
        Console.WriteLine($"FUZZ {fuzzer.Sent} requests in {started.Elapsed.TotalSeconds:0} s, {fuzzer.Findings.Count} broken (seed {seed})");
        fuzzer.Sent.ShouldBeGreaterThanOrEqualTo(budget * 9 / 10);
        fuzzer.Findings.ShouldBeEmpty(fuzzer.Report());
    }
}
