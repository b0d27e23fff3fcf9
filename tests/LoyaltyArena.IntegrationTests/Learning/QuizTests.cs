using System.Net;
using System.Text.RegularExpressions;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Learning;

public partial class QuizTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    [Fact]
    public async Task The_quiz_page_carries_no_trace_of_the_answer_key()
    {
        using var session = await app.SignInAsync(DemoProgram.OwnerEmail);
        var (_, html) = await StartAsync(session);
        var key = await AnswerKeyAsync();

        var options = OptionInput().Matches(html).Select(m => m.Value).ToList();
        options.Count.ShouldBe(await app.DbAsync(db => db.Set<QuestionOption>().CountAsync()));
        // Every option input has the same shape; the right ones are not marked in any way.
        options.Select(o => OptionIdOrValue().Replace(o, "#")).Distinct().Count().ShouldBeLessThanOrEqualTo(2, "radio and checkbox");
        foreach (var explanation in await app.DbAsync(db => db.Questions.Select(q => q.Explanation).ToListAsync()))
            html.ShouldNotContain(explanation);
        html.ShouldNotContain("correct", Case.Insensitive);
        html.ShouldNotContain("benar\"");
        key.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Passing_earns_points_once_and_a_second_pass_earns_nothing()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        var before = await app.BalanceAsync(member);

        var first = await SubmitAsync(session, await AnswerKeyAsync());
        first.ShouldContain("Selamat, kamu lulus!");
        first.ShouldContain("+150 poin masuk ke saldo kamu");
        (await app.BalanceAsync(member)).ShouldBe(before + 150);

        var second = await SubmitAsync(session, await AnswerKeyAsync());
        second.ShouldContain("Selamat, kamu lulus!");
        second.ShouldContain("tidak ada poin tambahan");
        (await app.BalanceAsync(member)).ShouldBe(before + 150);
    }

    [Fact]
    public async Task A_failed_attempt_earns_nothing_and_shows_what_was_right()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);

        var html = await SubmitAsync(session, []);

        html.ShouldContain("Belum lulus. Butuh nilai 75%.");
        html.ShouldContain("jawaban benar");
        (await app.BalanceAsync(member)).ShouldBe(0);
    }

    [Fact]
    public async Task A_submission_after_the_time_limit_earns_nothing()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        var (attemptId, _) = await StartAsync(session);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        try
        {
            var html = await PostAnswersAsync(session, attemptId, await AnswerKeyAsync());

            html.ShouldContain("Waktu habis");
            (await app.BalanceAsync(member)).ShouldBe(0);
            (await app.DbAsync(db => db.QuizAttempts.SingleAsync(a => a.Id == attemptId))).Status.ShouldBe(AttemptStatus.Late);
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromMinutes(-6));
        }
    }

    [Fact]
    public async Task Passing_shows_in_history_with_a_readable_reason()
    {
        var (session, _) = await app.SignInNewStaffAsync(0);
        await SubmitAsync(session, await AnswerKeyAsync());

        var history = WebUtility.HtmlDecode(await session.GetHtmlAsync("/Ledger"));

        history.ShouldContain("Lulus kuis: Pengenalan Produk");
        history.ShouldContain("+150");
    }

    [Fact]
    public async Task Nobody_can_submit_someone_elses_attempt()
    {
        var (owner, _) = await app.SignInNewStaffAsync(0);
        var (attemptId, _) = await StartAsync(owner);
        var (intruder, intruderId) = await app.SignInNewStaffAsync(0);
        await intruder.GetHtmlAsync("/");

        var response = await intruder.PostFormAsync($"/Learning/Quiz/{attemptId}", [], extra: (await AnswerKeyAsync()).Select(Answer));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.BalanceAsync(intruderId)).ShouldBe(0);
    }

    private async Task<(int AttemptId, string Html)> StartAsync(ArenaSession session)
    {
        await session.GetHtmlAsync("/Learning/Module/pengenalan-produk");
        var quizId = await app.DbAsync(db => db.Quizzes.Select(q => q.Id).FirstAsync());
        var start = await session.PostFormAsync("/Learning/Module/pengenalan-produk?handler=Start", new() { ["quizId"] = quizId.ToString() });
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = start.Headers.Location!.ToString();
        var attemptId = int.Parse(location[(location.LastIndexOf('/') + 1)..]);
        return (attemptId, await session.GetHtmlAsync(location));
    }

    private async Task<string> SubmitAsync(ArenaSession session, IReadOnlyList<(int Question, int Option)> answers)
    {
        var (attemptId, _) = await StartAsync(session);
        return await PostAnswersAsync(session, attemptId, answers);
    }

    private static async Task<string> PostAnswersAsync(ArenaSession session, int attemptId, IReadOnlyList<(int Question, int Option)> answers)
    {
        var response = await session.PostFormAsync($"/Learning/Quiz/{attemptId}", [], htmx: true, extra: answers.Select(Answer));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static KeyValuePair<string, string> Answer((int Question, int Option) a) => new($"Answers[{a.Question}]", a.Option.ToString());

    private Task<List<(int Question, int Option)>> AnswerKeyAsync() => app.DbAsync(async db =>
        (await db.Set<QuestionOption>().Where(o => o.IsCorrect).Select(o => new { o.QuestionId, o.Id }).ToListAsync())
        .Select(x => (x.QuestionId, x.Id)).ToList());

    [GeneratedRegex("<input type=\"(radio|checkbox)\"[^>]*>")]
    private static partial Regex OptionInput();

    [GeneratedRegex("\"[^\"]*\\d+[^\"]*\"")]
    private static partial Regex OptionIdOrValue();
}
