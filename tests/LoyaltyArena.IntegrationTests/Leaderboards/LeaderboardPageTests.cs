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
    public async Task My_own_row_is_marked_on_the_board_and_my_place_is_spelled_out()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var board = await session.GetDocumentAsync("/Leaderboards?period=AllTime");

        var mine = board.QuerySelectorAll(".board-row[aria-current=true]");
        mine.Length.ShouldBe(1);
        mine[0].TextContent.ShouldContain("Sari Wulandari");
        board.QuerySelector("[data-testid=my-rank]")!.TextContent.ShouldContain($"Posisi kamu: #{mine[0].QuerySelector(".board-rank")!.TextContent}");
    }

    [Theory]
    [InlineData("/Leaderboards?scope=region&period=month", "Wilayahku", "Bulan ini")]
    [InlineData("/Leaderboards?scope=stores&period=all", "Toko", "Sepanjang masa")]
    [InlineData("/Leaderboards?scope=team&period=week&past=1", "Timku", "Kembali ke minggu ini")]
    [InlineData("/Leaderboards?scope=nonsense&period=nonsense", "Semua", "Minggu ini")]
    public async Task Every_scope_and_period_has_its_address_and_nonsense_falls_back_to_this_weeks_board(string url, string scope, string period)
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        var page = await session.GetDocumentAsync(url);

        page.QuerySelector(".chips [aria-current=page]")!.TextContent.ShouldBe(scope);
        page.Body!.TextContent.ShouldContain(period);
    }
}
