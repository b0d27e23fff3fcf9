using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Leaderboards;

namespace LoyaltyArena.UnitTests.Leaderboards;

public class LeaderboardPeriodsTests
{
    [Fact]
    public void An_earning_counts_in_its_week_its_month_and_all_time()
    {
        var at = new DateTime(2026, 11, 25, 3, 0, 0, DateTimeKind.Utc);

        LeaderboardPeriods.KeysFor(at, ProgramCalendar.For("Asia/Jakarta")).ShouldBe(["2026-W48", "2026-11", "all"]);
    }
}
