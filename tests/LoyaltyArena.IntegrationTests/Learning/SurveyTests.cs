using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Learning;

public class SurveyTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private async Task<Dictionary<string, string>> AnswersAsync(int nps)
    {
        var questions = await app.DbAsync(db => db.Surveys.Where(s => s.Slug == "suara-mitra").SelectMany(s => s.Questions).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync());
        return new()
        {
            [$"Value[{questions[0]}]"] = nps.ToString(), [$"Text[{questions[0]}]"] = "Hadiahnya cepat",
            [$"Value[{questions[1]}]"] = "4",
            [$"Value[{questions[2]}]"] = "1",
            [$"Text[{questions[3]}]"] = "Tambah hadiah pulsa",
        };
    }

    [Fact]
    public async Task Completing_the_survey_earns_points_once()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        await session.GetHtmlAsync("/Learning/Survey/suara-mitra");

        var first = WebUtility.HtmlDecode(await (await session.PostFormAsync("/Learning/Survey/suara-mitra", await AnswersAsync(9))).Content.ReadAsStringAsync());
        var again = WebUtility.HtmlDecode(await (await session.PostFormAsync("/Learning/Survey/suara-mitra", await AnswersAsync(2))).Content.ReadAsStringAsync());

        first.ShouldContain("+50 poin masuk ke saldo kamu");
        again.ShouldNotContain("+50 poin");
        (await app.BalanceAsync(member)).ShouldBe(50);
        (await app.DbAsync(db => db.SurveyResponses.CountAsync(r => r.MemberId == member))).ShouldBe(1);
    }

    [Fact]
    public async Task A_missing_answer_is_named_and_nothing_is_saved()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        await session.GetHtmlAsync("/Learning/Survey/suara-mitra");
        var answers = await AnswersAsync(8);
        answers.Remove(answers.Keys.First(k => k.StartsWith("Value[") && answers[k] == "4"));

        var html = WebUtility.HtmlDecode(await (await session.PostFormAsync("/Learning/Survey/suara-mitra", answers)).Content.ReadAsStringAsync());

        html.ShouldContain("Pilih angka 1 sampai 5.");
        (await app.DbAsync(db => db.SurveyResponses.AnyAsync(r => r.MemberId == member))).ShouldBeFalse();
        (await app.BalanceAsync(member)).ShouldBe(0);
    }

    [Fact]
    public async Task The_marketer_sees_the_NPS_from_the_answers()
    {
        foreach (var score in new[] { 10, 10, 3 })
        {
            var (session, _) = await app.SignInNewStaffAsync(0);
            await session.GetHtmlAsync("/Learning/Survey/suara-mitra");
            await session.PostFormAsync("/Learning/Survey/suara-mitra", await AnswersAsync(score));
        }
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);

        var page = await marketer.GetDocumentAsync("/Studio/Surveys");

        var responses = int.Parse(page.QuerySelector("[data-testid=responses]")!.TextContent);
        responses.ShouldBeGreaterThanOrEqualTo(3);
        var nps = await app.DbAsync(async db => Core.Learning.NpsScore.From(await db.SurveyAnswers.Where(a => a.Value != null && db.Surveys.Any(s => s.Slug == "suara-mitra" && s.Questions.Any(q => q.Id == a.QuestionId && q.Kind == Core.Learning.SurveyQuestionKind.Nps))).Select(a => a.Value!.Value).ToListAsync()));
        page.QuerySelector("[data-testid=nps]")!.TextContent.ShouldBe(nps.Score.ToString());
    }
}

public class SurveyAuthoringTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_marketer_writes_and_publishes_a_survey_and_exports_the_answers()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Surveys");
        (await marketer.PostFormAsync("/Studio/Surveys?handler=Create", new() { ["title"] = "Survei Display Toko", ["intro"] = "Singkat", ["points"] = "20" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var survey = await app.DbAsync(db => db.Surveys.SingleAsync(s => s.Title == "Survei Display Toko"));
        survey.Published.ShouldBeFalse();

        var early = WebUtility.HtmlDecode(await (await marketer.PostFormAsync("/Studio/Surveys?handler=Publish", new() { ["surveyId"] = survey.Id.ToString(), ["published"] = "true" })).Content.ReadAsStringAsync());
        early.ShouldContain("Tambahkan minimal satu pertanyaan sebelum terbit.");
        await marketer.PostFormAsync("/Studio/Surveys?handler=Ask", new() { ["surveyId"] = survey.Id.ToString(), ["kind"] = "Choice", ["text"] = "Display mana yang dipakai?", ["options"] = "Rak depan\nMeja kasir" });
        await marketer.PostFormAsync("/Studio/Surveys?handler=Publish", new() { ["surveyId"] = survey.Id.ToString(), ["published"] = "true" });

        var (staff, member) = await app.SignInNewStaffAsync(0);
        (await staff.GetHtmlAsync("/Learning")).ShouldContain("Survei Display Toko");
        var question = await app.DbAsync(db => db.Set<Core.Learning.SurveyQuestion>().Where(q => q.SurveyId == survey.Id).Select(q => q.Id).SingleAsync());
        await staff.GetHtmlAsync($"/Learning/Survey/{survey.Slug}");
        await staff.PostFormAsync($"/Learning/Survey/{survey.Slug}", new() { [$"Value[{question}]"] = "1" });
        (await app.BalanceAsync(member)).ShouldBe(20);

        var csv = await (await marketer.Client.GetAsync($"/Studio/Surveys?handler=Csv&surveyId={survey.Id}")).Content.ReadAsStringAsync();
        csv.ShouldContain("\"Display mana yang dipakai?\"");
        csv.ShouldContain("\"Meja kasir\"");
    }
}
