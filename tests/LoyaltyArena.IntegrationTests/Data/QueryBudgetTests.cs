using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LoyaltyArena.IntegrationTests.Data;

/// <summary>
/// How many SQL commands each main page of the clerk's phone sends. Each page has a budget; a change that
/// makes a page chattier fails here. A new page gets its budget when it is added.
/// </summary>
public sealed class QueryBudgetTests(SqliteApp app, ITestOutputHelper output) : IClassFixture<SqliteApp>
{
    public static TheoryData<string, int> Pages => new()
    {
        { "/", 10 },             // was 19: the member is read once, rewards come with their tier, one query for my rank; then the closest challenge and the streak
        { "/Leaderboards", 12 }, // top bar 1; who I am 1; the top 10 and their names 2; this clerk is outside the top, so her window: her row, 2 above, 2 below, her rank 2 counts (5); my name choice 1; running contests 2
        { "/Rewards", 6 },
        { "/Learning", 4 },
        { "/Ledger", 4 }, // badges, history, the next expiry, and sales waiting for verification
        { "quiz-step", 4 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_main_page_stays_within_its_query_budget(string page, int budget)
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);
        var url = page == "quiz-step" ? await StartQuizAsync(session) : page;
        await session.GetHtmlAsync(url); // the first view may warm caches; the budget is for every view after it

        var id = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(QueryCounter.Header, id);
        using var response = await session.Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var count = app.Services.GetRequiredService<QueryCounter>().CountFor(id);

        output.WriteLine($"{page}: {count} SQL commands (budget {budget})");
        count.ShouldBeGreaterThan(0);
        count.ShouldBeLessThanOrEqualTo(budget, $"{page} sends {count} SQL commands");
    }

    private async Task<string> StartQuizAsync(ArenaSession session)
    {
        var quizId = await app.DbAsync(db => db.Quizzes.Select(q => q.Id).FirstAsync());
        await session.GetHtmlAsync("/Learning/Module/pengenalan-produk");
        var start = await session.PostFormAsync("/Learning/Module/pengenalan-produk?handler=Start", new() { ["quizId"] = quizId.ToString() });
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return start.Headers.Location!.ToString();
    }
}
