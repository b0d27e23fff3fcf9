using System.Net;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.LiveQuiz;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.LiveQuiz;

/// <summary>Kuis Live on both engines: server timing, the answer key kept back, and prizes paid once.</summary>
public abstract class LiveQuizContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private async Task<(int Session, string Code, int Host)> HostAsync(int questions = 2, int seconds = 20, string prizes = "500,300")
    {
        var host = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var ids = await app.DbAsync(db => db.Questions.OrderBy(q => q.Id).Select(q => q.Id).Take(questions).ToListAsync());
        var saved = await app.ServiceAsync<LiveQuizService, Saved>(s => s.CreateAsync(host, null, new LiveInput("Kuis Jumat", ids, seconds, prizes, 20), default));
        saved.Problems.ShouldBeEmpty();
        var code = await app.DbAsync(db => db.LiveSessions.Where(s => s.Id == saved.Id).Select(s => s.Code).SingleAsync());
        return (saved.Id, code, host);
    }

    private Task<T> Quiz<T>(Func<LiveQuizService, Task<T>> use) => app.ServiceAsync(use);

    private async Task<(int[] Right, int[] Wrong)> OptionsAsync(int session, int index)
    {
        var questionId = (await app.DbAsync(db => db.LiveSessions.SingleAsync(s => s.Id == session))).Questions[index];
        var options = await app.DbAsync(db => db.Questions.Where(q => q.Id == questionId).SelectMany(q => q.Options).Select(o => new { o.Id, o.IsCorrect }).ToListAsync());
        return (options.Where(o => o.IsCorrect).Select(o => o.Id).ToArray(), options.Where(o => !o.IsCorrect).Select(o => o.Id).Take(1).ToArray());
    }

    [Fact]
    public async Task The_podium_ranks_right_answers_first_then_speed_and_finishing_twice_at_once_pays_once()
    {
        var (session, code, host) = await HostAsync();
        var (fast, slow, wrong) = (await app.NewStaffAsync(0), await app.NewStaffAsync(0), await app.NewStaffAsync(0));
        foreach (var m in new[] { fast, slow, wrong }) (await Quiz(q => q.JoinAsync(m, code, default))).Problem.ShouldBeNull();

        (await Quiz(q => q.NextAsync(host, session, default))).ShouldBeTrue();
        var (right, bad) = await OptionsAsync(session, 0);
        (await Quiz(q => q.AnswerAsync(fast, session, 0, right, default))).Status.ShouldBe(LiveAnswerStatus.Accepted);
        await Task.Delay(300);
        (await Quiz(q => q.AnswerAsync(slow, session, 0, right, default))).Status.ShouldBe(LiveAnswerStatus.Accepted);
        (await Quiz(q => q.AnswerAsync(wrong, session, 0, bad, default))).Points.ShouldBe(0);
        (await Quiz(q => q.AnswerAsync(fast, session, 0, bad, default))).Status.ShouldBe(LiveAnswerStatus.Already, "one answer per question");
        (await Quiz(q => q.NextAsync(host, session, default))).ShouldBeTrue("the host closes the question");
        (await Quiz(q => q.AnswerAsync(slow, session, 0, right, default))).Status.ShouldBe(LiveAnswerStatus.Closed);

        var reveal = await Quiz(q => q.ViewAsync(session, fast, default));
        reveal.Podium.Select(p => p.MemberId).ShouldBe([fast, slow, wrong]);
        reveal.Right!.ShouldBe(right.ToHashSet());

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Quiz(q => q.FinishAsync(host, session, default)))));
        await Quiz(q => q.FinishAsync(host, session, default));

        (await app.BalanceAsync(fast)).ShouldBe(500 + 20);
        (await app.BalanceAsync(slow)).ShouldBe(300 + 20);
        (await app.BalanceAsync(wrong)).ShouldBe(20, "taking part earns the participation points, no prize without a right answer");
        (await app.DbAsync(db => db.LedgerEntries.CountAsync(e => e.SourceType == "livequiz" && e.SourceId == session.ToString()))).ShouldBe(3);
    }

    [Fact]
    public async Task An_answer_after_the_time_is_up_is_refused_by_the_server_clock_and_the_timer_pass_closes_the_question()
    {
        var (session, code, host) = await HostAsync(seconds: 5);
        var player = await app.NewStaffAsync(0);
        await Quiz(q => q.JoinAsync(player, code, default));
        await Quiz(q => q.NextAsync(host, session, default));
        var (right, _) = await OptionsAsync(session, 0);

        app.Clock.Advance(TimeSpan.FromSeconds(6));
        (await Quiz(q => q.AnswerAsync(player, session, 0, right, default))).Status.ShouldBe(LiveAnswerStatus.Closed);
        await Quiz(q => q.CloseDueAsync(default)); // the app's own timer may have been first
        (await Quiz(q => q.CloseDueAsync(default))).ShouldBe(0, "a question closes once");
        (await app.DbAsync(db => db.LiveSessions.SingleAsync(s => s.Id == session))).Status.ShouldBe(LiveStatus.Reveal);
    }

    [Fact]
    public async Task A_late_joiner_plays_the_questions_still_to_come()
    {
        var (session, code, host) = await HostAsync();
        await Quiz(q => q.NextAsync(host, session, default));
        await Quiz(q => q.NextAsync(host, session, default)); // question 1 closed
        var late = await app.NewStaffAsync(0);

        (await Quiz(q => q.JoinAsync(late, code, default))).SessionId.ShouldBe(session);
        await Quiz(q => q.NextAsync(host, session, default)); // question 2 opens
        var (right, _) = await OptionsAsync(session, 1);

        (await Quiz(q => q.AnswerAsync(late, session, 1, right, default))).Status.ShouldBe(LiveAnswerStatus.Accepted);
    }
}

public class SqliteLiveQuizTests(SqliteApp app) : LiveQuizContract(app), IClassFixture<SqliteApp>;

public class PostgresLiveQuizTests(PostgresApp app) : LiveQuizContract(app), IClassFixture<PostgresApp>;

public class LiveQuizPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task While_a_question_is_open_a_phone_gets_no_hint_of_the_right_answer_and_after_it_closes_it_does()
    {
        var host = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var questionId = await app.DbAsync(db => db.Questions.Where(q => !q.MultipleChoice).OrderBy(q => q.Id).Select(q => q.Id).FirstAsync());
        var saved = await app.ServiceAsync<LiveQuizService, Saved>(s => s.CreateAsync(host, null, new LiveInput("Kuis", [questionId], 20, "100", 0), default));
        var code = await app.DbAsync(db => db.LiveSessions.Where(s => s.Id == saved.Id).Select(s => s.Code).SingleAsync());
        var (session, member) = await app.SignInNewStaffAsync(0);
        await session.GetHtmlAsync("/Live");
        (await session.PostFormAsync("/Live", new() { ["Code"] = code.ToLowerInvariant() })).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a code typed in small letters joins too");
        await app.ServiceAsync<LiveQuizService, bool>(s => s.NextAsync(host, saved.Id, default));

        var open = await session.GetDocumentAsync($"/Live/{code}");
        var buttons = open.QuerySelectorAll("button.live-option");
        buttons.Length.ShouldBeGreaterThan(1);
        buttons.Select(b => string.Join(" ", b.Attributes.Where(a => a.Name != "value").Select(a => $"{a.Name}={a.Value}"))).Distinct().Count()
            .ShouldBe(1, "every option is marked up alike while the question is open");
        open.QuerySelectorAll(".is-right").ShouldBeEmpty();

        await app.ServiceAsync<LiveQuizService, bool>(s => s.NextAsync(host, saved.Id, default));
        var closed = await session.GetDocumentAsync($"/Live/{code}");
        closed.QuerySelectorAll(".is-right").Length.ShouldBe(1);
        member.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("staff@demo.test", "/Live/Host", HttpStatusCode.Forbidden)]
    [InlineData("owner@demo.test", "/Live/Host", HttpStatusCode.OK)]
    [InlineData("marketer@demo.test", "/Studio/Live", HttpStatusCode.Redirect)]
    public async Task Owners_and_marketers_host_and_staff_cannot(string login, string url, HttpStatusCode expected)
    {
        using var session = await app.SignInAsync(login);

        (await session.Client.GetAsync(url)).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task A_wrong_code_says_so_in_Bahasa()
    {
        var (session, _) = await app.SignInNewStaffAsync(0);
        await session.GetHtmlAsync("/Live");

        var html = WebUtility.HtmlDecode(await (await session.PostFormAsync("/Live", new() { ["Code"] = "ZZZZZZ" })).Content.ReadAsStringAsync());

        html.ShouldContain("Kode ini tidak dikenal");
    }
}
