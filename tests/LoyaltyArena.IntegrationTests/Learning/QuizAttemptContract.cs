using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Learning;

/// <summary>Quiz attempts under concurrency, on both engines: the database keeps one open attempt per member and quiz.</summary>
public abstract class QuizAttemptContract(ArenaApp app)
{
    private Task<int> DemoQuizAsync() => app.DbAsync(db => db.TrainingModules.Where(m => m.Slug == "pengenalan-produk").Select(m => m.Quiz!.Id).SingleAsync());

    [Fact]
    public async Task Twelve_taps_on_start_at_once_open_one_attempt_and_all_land_in_it()
    {
        var member = await app.NewStaffAsync(0);
        var quiz = await DemoQuizAsync();

        var started = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
            app.ServiceAsync<QuizService, StartOutcome>(q => q.StartAsync(member, quiz, default)))));

        (await app.DbAsync(db => db.QuizAttempts.CountAsync(a => a.MemberId == member && a.Status == AttemptStatus.InProgress))).ShouldBe(1);
        started.Select(s => s.AttemptId).Distinct().Count().ShouldBe(1);
        started[0].AttemptId.ShouldNotBeNull();
    }

    [Fact]
    public async Task An_attempt_left_open_past_its_deadline_is_closed_as_late_when_the_next_one_starts()
    {
        var member = await app.NewStaffAsync(0);
        var quiz = await DemoQuizAsync();
        var first = (await app.ServiceAsync<QuizService, StartOutcome>(q => q.StartAsync(member, quiz, default))).AttemptId;
        app.Clock.Advance(TimeSpan.FromHours(2));

        var second = (await app.ServiceAsync<QuizService, StartOutcome>(q => q.StartAsync(member, quiz, default))).AttemptId;

        second.ShouldNotBe(first);
        (await app.DbAsync(db => db.QuizAttempts.SingleAsync(a => a.Id == first))).Status.ShouldBe(AttemptStatus.Late);
    }
}

public sealed class SqliteQuizAttemptTests(SqliteApp app) : QuizAttemptContract(app), IClassFixture<SqliteApp>;

public sealed class PostgresQuizAttemptTests(PostgresApp app) : QuizAttemptContract(app), IClassFixture<PostgresApp>;
