using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Leaderboards;

public class LeaderboardPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_big_earner_tops_this_weeks_board_and_all_time()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);
        var member = await app.NewStaffAsync(0);
        await app.DbAsync(async db =>
        {
            await db.Members.Where(m => m.Id == member).ExecuteUpdateAsync(s => s.SetProperty(m => m.DisplayName, "Juara Minggu Ini"));
            return 0;
        });
        await app.ServiceAsync<PointsLedger, PostingResult>(l => l.PostAsync(Posting.Earn(member, 50_000, "test", "big", LedgerReasons.Sale, "Proyek besar"), default));

        var week = await session.GetDocumentAsync("/Leaderboards");
        var allTime = await session.GetDocumentAsync("/Leaderboards?period=AllTime");

        week.QuerySelector(".board-row .board-name")!.TextContent.ShouldBe("Juara Minggu Ini");
        allTime.QuerySelector(".board-row .board-name")!.TextContent.ShouldBe("Juara Minggu Ini");
        week.QuerySelector(".board-row .board-points")!.TextContent.ShouldBe("50.000");
    }

    [Fact]
    public async Task My_own_row_is_marked_on_the_board()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var board = await session.GetDocumentAsync("/Leaderboards?period=AllTime");

        var mine = board.QuerySelectorAll("[aria-current=true], [data-testid=my-rank]");
        mine.Length.ShouldBe(1);
        mine[0].TextContent.ShouldContain(mine[0].ClassList.Contains("board-row") ? "Sari Wulandari" : "Posisi kamu");
    }
}
