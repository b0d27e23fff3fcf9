using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Learning;

public class ResultsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task TakeAsync(int member, bool pass)
    {
        var quizId = await app.DbAsync(db => db.Quizzes.Select(q => q.Id).FirstAsync());
        var started = await app.ServiceAsync<QuizService, StartOutcome>(q => q.StartAsync(member, quizId, default));
        var answers = pass
            ? (await app.DbAsync(db => db.Set<QuestionOption>().Where(o => o.IsCorrect).Select(o => new { o.QuestionId, o.Id }).ToListAsync()))
                .GroupBy(o => o.QuestionId).ToDictionary(g => g.Key, g => (IReadOnlyCollection<int>)g.Select(o => o.Id).ToList())
            : new Dictionary<int, IReadOnlyCollection<int>>();
        await app.ServiceAsync<QuizService, QuizResult?>(q => q.SubmitAsync(started.AttemptId!.Value, member, answers, default));
    }

    [Fact]
    public async Task The_marketer_sees_attempts_pass_rate_and_the_hardest_questions_and_can_export_them()
    {
        var passer = await app.NewStaffAsync(0);
        var failer = await app.NewStaffAsync(0);
        await app.DbAsync(db => db.Members.Where(m => m.Id == failer).ExecuteUpdateAsync(s => s.SetProperty(m => m.DisplayName, "=HYPERLINK(\"x\")")));
        await TakeAsync(passer, pass: true);
        await TakeAsync(failer, pass: false);
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);

        var page = await marketer.GetDocumentAsync("/Studio/Learning");
        var csv = await marketer.Client.GetAsync($"/Studio/Learning?handler=Csv&quizId={await app.DbAsync(db => db.Quizzes.Select(q => q.Id).FirstAsync())}");
        var text = await csv.Content.ReadAsStringAsync();

        page.QuerySelector("[data-testid=attempts]")!.TextContent.ShouldBe("2");
        page.QuerySelector("[data-testid=pass-rate]")!.TextContent.ShouldBe("50%");
        page.QuerySelectorAll("[data-testid=hardest] li").Length.ShouldBeGreaterThan(0);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        text.ShouldContain("\"'=HYPERLINK(\"\"x\"\")\"");
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
    }

    [Fact]
    public async Task Staff_cannot_see_learning_results() =>
        (await (await app.SignInAsync(DemoProgram.StaffEmail)).Client.GetAsync("/Studio/Learning")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
}
