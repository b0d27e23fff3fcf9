using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.LiveQuiz;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Kuis Live with 300 scripted players through the real service and database (goal: works with 300 players in one
/// session on this machine). Each question: every player answers at a random moment in the first seconds (32 at a time,
/// as web workers would); then the question closes and every phone fetches its view (the podium and its place), as the
/// page does on the signal. Prints answer latency and "answer to podium": from the close to the last phone's podium.
/// Exits 1 if the prizes are not paid exactly once. SignalR delivery is measured by the board fan-out benchmark (P4).
/// </summary>
internal static class LiveQuizBench
{
    private const int Workers = 32;
    private const int Questions = 5;

    public static async Task<int> RunAsync(IServiceProvider root, DatabaseProvider provider, int players)
    {
        var (session, host, members) = await SeedAsync(root, players);
        T Use<T>(Func<LiveQuizService, T> use, IServiceScope scope) => use(scope.ServiceProvider.GetRequiredService<LiveQuizService>());
        var code = await WithAsync(root, db => db.LiveSessions.Where(s => s.Id == session).Select(s => s.Code).SingleAsync());

        var joins = await TimedAsync(root, members, (q, m) => q.JoinAsync(m, code, default));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live-quiz.{provider.ToString().ToLowerInvariant()}: {players} players joined, join p95 {P(joins, .95):0} ms"));
        var answers = new ConcurrentBag<double>();
        var podiums = new List<double>();
        for (var index = 0; index < Questions; index++)
        {
            await using (var scope = root.CreateAsyncScope()) await Use(q => q.NextAsync(host, session, default), scope);
            var options = await WithAsync(root, db => db.LiveSessions.Where(s => s.Id == session).Select(s => s.QuestionIds).SingleAsync());
            var questionId = int.Parse(options.Split(',')[index], CultureInfo.InvariantCulture);
            var choices = await WithAsync(root, db => db.Questions.Where(q => q.Id == questionId).SelectMany(q => q.Options).Select(o => o.Id).ToListAsync());
            var current = index;
            foreach (var ms in await TimedAsync(root, members, (q, m) => q.AnswerAsync(m, session, current, [choices[m % choices.Count]], default))) answers.Add(ms);

            var started = Stopwatch.GetTimestamp();
            await using (var scope = root.CreateAsyncScope()) await Use(q => q.NextAsync(host, session, default), scope);
            await TimedAsync(root, members, (q, m) => q.ViewAsync(session, m, default));
            podiums.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var sorted = answers.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  answers: {sorted.Count} in {Questions} questions, p50 {P(sorted, .5):0} ms, p95 {P(sorted, .95):0} ms, max {sorted[^1]:0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  answer to podium on all {players} phones (close, then every phone's view): p50 {P(podiums.Order().ToList(), .5):0} ms, max {podiums.Max():0} ms"));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var scope = root.CreateAsyncScope();
            await Use(q => q.FinishAsync(host, session, default), scope);
        })));
        var paid = await WithAsync(root, db => db.LedgerEntries.CountAsync(e => e.SourceType == "livequiz" && e.SourceId == session.ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine($"  finished three times at once: {paid} payments for {players} players {(paid == players ? "(each once)" : "BROKEN")}");
        return paid == players ? 0 : 1;
    }

    private static double P(IReadOnlyList<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    /// <summary>Runs the call for every member, <see cref="Workers"/> at a time; returns each call's latency, sorted.</summary>
    private static async Task<List<double>> TimedAsync<T>(IServiceProvider root, List<int> members, Func<LiveQuizService, int, Task<T>> call)
    {
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i < members.Count)
            {
                await using var scope = root.CreateAsyncScope();
                var started = Stopwatch.GetTimestamp();
                await call(scope.ServiceProvider.GetRequiredService<LiveQuizService>(), members[i]);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        return latencies.Order().ToList();
    }

    private static async Task<T> WithAsync<T>(IServiceProvider root, Func<ArenaDbContext, Task<T>> query)
    {
        await using var scope = root.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ArenaDbContext>());
    }

    private static async Task<(int Session, int Host, List<int> Members)> SeedAsync(IServiceProvider root, int players)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArenaDbContext>();
        await db.Database.MigrateAsync();
        await ArenaDatabase.PrepareAsync(db, default);
        var store = new Partner("Live store", PartnerKind.Store, "Jakarta");
        db.Partners.Add(store);
        var module = new TrainingModule("live-bench", "Live bench", "", 1);
        module.AddLesson("Satu", "Isi");
        var quiz = module.AttachQuiz("Live bench", 50, 10, 60);
        for (var i = 0; i < Questions; i++) quiz.AddQuestion($"Soal {i + 1}?", "", ("A", true), ("B", false), ("C", false), ("D", false));
        db.TrainingModules.Add(module);
        await db.SaveChangesAsync();
        var people = Enumerable.Range(0, players + 1).Select(i => new Member($"Pemain {i}", $"live{i}@bench.test", null, store.Id, $"L{i:D7}", DateTime.UtcNow)).ToList();
        db.Members.AddRange(people);
        await db.SaveChangesAsync();
        var questionIds = await db.Questions.Where(q => q.QuizId == quiz.Id).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync();
        var saved = await scope.ServiceProvider.GetRequiredService<LiveQuizService>()
            .CreateAsync(people[0].Id, null, new LiveInput("Bench", questionIds, 60, "500,300,200", 20), default);
        if (!saved.Succeeded) throw new InvalidOperationException("The session was refused.");
        return (saved.Id, people[0].Id, people.Skip(1).Select(p => p.Id).ToList());
    }
}
