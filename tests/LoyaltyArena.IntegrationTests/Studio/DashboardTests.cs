using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Studio;

public class DashboardTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_marketer_sees_members_points_issued_and_redeemed_and_recent_activity()
    {
        using var session = await app.SignInAsync(DemoProgram.MarketerEmail);
        var issued = await app.DbAsync(db => db.LedgerEntries.Where(e => e.Amount > 0).SumAsync(e => e.Amount));

        var page = await session.GetDocumentAsync("/Studio");

        int.Parse(page.QuerySelector("[data-testid=members]")!.TextContent.Replace(".", "")).ShouldBeGreaterThanOrEqualTo(40);
        page.QuerySelector("[data-testid=issued]")!.TextContent.Replace(".", "").ShouldBe(issued.ToString());
        page.QuerySelector("[data-testid=redeemed]").ShouldNotBeNull();
        page.QuerySelectorAll("table tbody tr").Length.ShouldBe(12);
    }
}
