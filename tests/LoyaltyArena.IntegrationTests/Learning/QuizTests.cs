using System.Net;
using System.Text.RegularExpressions;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Learning;

public partial class QuizTests(QuizTests.RecordingApp app) : IClassFixture<QuizTests.RecordingApp>, IAsyncLifetime
{
    /// <summary>The app with one more post-commit handler that remembers the learning events it sees.</summary>
    public sealed class RecordingApp() : ArenaApp(Core.Data.DatabaseProvider.Sqlite)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddScoped<Core.Common.IEventHandler<QuizPassed>, Recorder>();
                services.AddScoped<Core.Common.IEventHandler<ModuleCompleted>, Recorder>();
            });
        }
    }

    public sealed class Recorder : Core.Common.IEventHandler<QuizPassed>, Core.Common.IEventHandler<ModuleCompleted>
    {
        private static readonly List<object> Seen = [];

        public static IReadOnlyList<object> Events { get { lock (Seen) return Seen.ToList(); } }

        public static void Clear() { lock (Seen) Seen.Clear(); }

        public Task HandleAsync(QuizPassed domainEvent, CancellationToken cancellationToken) { lock (Seen) Seen.Add(domainEvent); return Task.CompletedTask; }

        public Task HandleAsync(ModuleCompleted domainEvent, CancellationToken cancellationToken) { lock (Seen) Seen.Add(domainEvent); return Task.CompletedTask; }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    [Fact]
    public async Task No_screen_of_the_quiz_carries_any_trace_of_the_answer_key()
    {
        var (session, _) = await app.SignInNewStaffAsync(0);
        var (attemptId, first) = await StartAsync(session);
        var paper = await app.DbAsync(async db => (await db.QuizAttempts.SingleAsync(a => a.Id == attemptId)).Paper);
        var screens = new List<string> { first };
        for (var step = 1; step < paper.Count; step++) screens.Add(await session.GetHtmlAsync($"/Learning/Quiz/{attemptId}?step={step}"));

        var explanations = await app.DbAsync(db => db.Questions.Select(q => q.Explanation).ToListAsync());
        foreach (var html in screens)
        {
            OptionInput().Matches(html).Select(m => OptionIdOrValue().Replace(m.Value, "#")).Distinct().Count().ShouldBe(1, "every option input has the same shape");
            Regex.Matches(html, "<fieldset").Count.ShouldBe(1, "one question per screen");
            html.ShouldNotContain("correct", Case.Insensitive);
            foreach (var explanation in explanations) html.ShouldNotContain(explanation);
        }
        var options = screens.Sum(h => OptionInput().Matches(h).Count);
        options.ShouldBe(await app.DbAsync(db => db.Set<QuestionOption>().CountAsync(o => paper.Contains(o.QuestionId))));
    }

    [Fact]
    public async Task Stepping_through_one_question_per_screen_keeps_answers_when_going_back_and_passes()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        var (attemptId, _) = await StartAsync(session);
        var paper = await app.DbAsync(async db => (await db.QuizAttempts.SingleAsync(a => a.Id == attemptId)).Paper);
        var key = (await AnswerKeyAsync()).ToLookup(a => a.Question, a => a.Option);

        string html = "";
        for (var step = 0; step < paper.Count; step++)
        {
            var go = step == paper.Count - 1 ? "submit" : "next";
            if (step == 2)
            {
                // Go back one screen and forward again: the earlier answer is still ticked.
                var back = await AnswerAsync(session, attemptId, step, paper[step], key[paper[step]], "back");
                foreach (var option in key[paper[step - 1]]) back.ShouldContain($"value=\"{option}\" checked=\"checked\"");
            }
            html = await AnswerAsync(session, attemptId, step, paper[step], key[paper[step]], go);
        }

        html.ShouldContain("Selamat, kamu lulus!");
        html.ShouldContain("4 dari 4 jawaban benar.");
        (await app.BalanceAsync(member)).ShouldBe(150);
    }

    [Fact]
    public async Task After_a_failed_attempt_the_next_one_waits_for_the_cooldown()
    {
        var (session, _) = await app.SignInNewStaffAsync(0);
        await SubmitAsync(session, []);

        await session.GetHtmlAsync("/Learning/Module/pengenalan-produk");
        var quizId = await app.DbAsync(db => db.Quizzes.Select(q => q.Id).FirstAsync());
        var refused = await session.PostFormAsync("/Learning/Module/pengenalan-produk?handler=Start", new() { ["quizId"] = quizId.ToString() });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("kamu bisa mencoba lagi mulai");
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        try
        {
            (await session.PostFormAsync("/Learning/Module/pengenalan-produk?handler=Start", new() { ["quizId"] = quizId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromMinutes(-11));
        }
    }

    [Fact]
    public async Task A_first_pass_announces_the_quiz_passed_and_the_module_completed()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        Recorder.Clear();

        await SubmitAsync(session, await AnswerKeyAsync());
        await SubmitAsync(session, await AnswerKeyAsync());

        Recorder.Events.OfType<QuizPassed>().Count(e => e.MemberId == member).ShouldBe(1);
        Recorder.Events.OfType<ModuleCompleted>().Count(e => e.MemberId == member).ShouldBe(1);
    }

    private static async Task<string> AnswerAsync(ArenaSession session, int attemptId, int step, int questionId, IEnumerable<int> options, string go)
    {
        var fields = new List<KeyValuePair<string, string>> { new("step", step.ToString()), new("questionId", questionId.ToString()), new("go", go) };
        fields.AddRange(options.Select(o => new KeyValuePair<string, string>($"Answers[{questionId}]", o.ToString())));
        var response = await session.PostFormAsync($"/Learning/Quiz/{attemptId}?handler=Answer", [], htmx: true, extra: fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
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
    public async Task A_failed_attempt_earns_nothing_and_says_what_was_wrong_without_giving_away_the_answers()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);

        var html = await SubmitAsync(session, []);

        html.ShouldContain("Belum lulus. Butuh nilai 75%.");
        html.ShouldContain("Salah");
        html.ShouldContain("data-testid=\"answers-hidden\"");
        html.ShouldNotContain("is-correct");
        html.ShouldNotContain("jawaban benar</span>");
        (await app.BalanceAsync(member)).ShouldBe(0);
    }

    [Fact]
    public async Task A_practice_quiz_worth_no_points_can_be_passed_and_completes_the_training()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        var points = await app.DbAsync(db => db.Quizzes.Select(q => q.Points).FirstAsync());
        await app.DbAsync(db => db.Quizzes.ExecuteUpdateAsync(s => s.SetProperty(q => q.Points, 0)));
        try
        {
            var html = await SubmitAsync(session, await AnswerKeyAsync());

            html.ShouldContain("jawaban benar");
            (await app.BalanceAsync(member)).ShouldBe(0);
            (await app.DbAsync(db => db.QuizAttempts.CountAsync(a => a.MemberId == member && a.Passed))).ShouldBe(1);
        }
        finally
        {
            await app.DbAsync(db => db.Quizzes.ExecuteUpdateAsync(s => s.SetProperty(q => q.Points, points)));
        }
    }

    [Fact]
    public async Task Once_passed_the_review_shows_the_right_answers()
    {
        var (session, _) = await app.SignInNewStaffAsync(0);

        var html = await SubmitAsync(session, await AnswerKeyAsync());

        html.ShouldContain("jawaban benar");
        html.ShouldNotContain("data-testid=\"answers-hidden\"");
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

    [Fact]
    public async Task A_member_outside_a_trainings_segment_cannot_start_its_quiz_with_a_hand_made_post()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        await session.GetHtmlAsync("/Learning");
        var quizId = await app.DbAsync(db => db.TrainingModules.Where(m => m.Slug == "pengenalan-produk").Select(m => m.Quiz!.Id).SingleAsync());
        await app.DbAsync(db => db.TrainingModules.Where(m => m.Slug == "pengenalan-produk").ExecuteUpdateAsync(s => s.SetProperty(m => m.TargetRegion, "Maluku Utara")));
        try
        {
            var response = await session.PostFormAsync("/Learning/Module/pengenalan-produk?handler=Start", new() { ["quizId"] = quizId.ToString() });

            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await app.DbAsync(db => db.QuizAttempts.CountAsync(a => a.MemberId == member))).ShouldBe(0);
        }
        finally
        {
            await app.DbAsync(db => db.TrainingModules.Where(m => m.Slug == "pengenalan-produk").ExecuteUpdateAsync(s => s.SetProperty(m => m.TargetRegion, (string?)null)));
        }
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
