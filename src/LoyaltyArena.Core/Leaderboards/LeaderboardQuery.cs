using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Leaderboards;

public sealed record BoardRow(int Rank, int MemberId, string Name, string Store, int Points);

public sealed record Board(LeaderboardPeriod Period, IReadOnlyList<BoardRow> Top, BoardRow? Me);

public sealed class LeaderboardQuery(ArenaDbContext db, ProgramCalendar calendar, TimeProvider clock)
{
    public async Task<Board> GetAsync(LeaderboardPeriod period, int memberId, int size, CancellationToken cancellationToken)
    {
        var key = LeaderboardPeriods.KeyFor(period, clock.GetUtcNow().UtcDateTime, calendar);
        var scores = db.LeaderboardScores.AsNoTracking()
            .Where(s => s.Board == LeaderboardScore.EveryoneBoard && s.PeriodKey == key);

        var top = await scores
            .OrderByDescending(s => s.Points).ThenBy(s => s.UpdatedAt).ThenBy(s => s.MemberId)
            .Take(size)
            .Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { s.MemberId, m.DisplayName, Store = m.Partner!.Name, s.Points })
            .ToListAsync(cancellationToken);

        var rows = new List<BoardRow>(top.Count);
        foreach (var row in top)
        {
            // Equal points share a rank, as on a sports table.
            var rank = rows.Count > 0 && rows[^1].Points == row.Points ? rows[^1].Rank : rows.Count + 1;
            rows.Add(new BoardRow(rank, row.MemberId, row.DisplayName, row.Store, row.Points));
        }

        var me = rows.FirstOrDefault(r => r.MemberId == memberId) ?? await RankOfAsync(scores, memberId, cancellationToken);
        return new Board(period, rows, me);
    }

    private async Task<BoardRow?> RankOfAsync(IQueryable<LeaderboardScore> scores, int memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.DisplayName, Store = m.Partner!.Name }).FirstOrDefaultAsync(cancellationToken);
        if (member is null) return null;
        var mine = await scores.Where(s => s.MemberId == memberId).Select(s => (int?)s.Points).FirstOrDefaultAsync(cancellationToken);
        if (mine is null) return new BoardRow(0, memberId, member.DisplayName, member.Store, 0);
        var ahead = await scores.CountAsync(s => s.Points > mine, cancellationToken);
        return new BoardRow(ahead + 1, memberId, member.DisplayName, member.Store, mine.Value);
    }
}
