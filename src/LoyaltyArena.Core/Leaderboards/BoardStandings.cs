using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Leaderboards;

/// <summary>
/// The daily ranking behind "naik 3 sejak kemarin": once per program day every row of the running periods keeps its rank
/// at that moment. Rows ranked today are skipped, so an hourly job (or two instances) ranks each row once a day.
/// </summary>
public sealed class BoardStandings(ArenaDbContext db, ProgramCalendar calendar, TimeProvider clock)
{
    public async Task<int> RankAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(calendar.ToLocal(now)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (week, month, all) = (calendar.WeekKey(now), calendar.MonthKey(now), LeaderboardPeriods.AllTimeKey);
        var ranked = 0;
        foreach (var table in new[] { "LeaderboardScores", "PartnerScores" })
        {
            // Table names are ours; the values travel as parameters.
#pragma warning disable EF1002
            ranked += await db.Database.ExecuteSqlRawAsync($$"""
                UPDATE "{{table}}" SET "PreviousRank" = ranked.r, "RankedDay" = {0}
                FROM (SELECT "Id", RANK() OVER (PARTITION BY "Board", "PeriodKey" ORDER BY "Points" DESC) AS r
                      FROM "{{table}}" WHERE "PeriodKey" IN ({1}, {2}, {3})) AS ranked
                WHERE "{{table}}"."Id" = ranked."Id" AND ("{{table}}"."RankedDay" IS NULL OR "{{table}}"."RankedDay" < {0})
                """, [today, week, month, all], cancellationToken);
#pragma warning restore EF1002
        }
        return ranked;
    }
}
