using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Leaderboards;

public sealed record BoardRow(int Rank, int MemberId, string Name, string Store, int Points)
{
    /// <summary>How many badges the member holds, shown beside the name.</summary>
    public int Badges { get; init; }
}

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
            .Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { s.MemberId, m.DisplayName, Store = m.Partner!.Name, s.Points, Badges = db.MemberBadges.Count(b => b.MemberId == m.Id) })
            .ToListAsync(cancellationToken);

        var rows = new List<BoardRow>(top.Count);
        foreach (var row in top)
        {
            // Equal points share a rank, as on a sports table.
            var rank = rows.Count > 0 && rows[^1].Points == row.Points ? rows[^1].Rank : rows.Count + 1;
            rows.Add(new BoardRow(rank, row.MemberId, row.DisplayName, row.Store, row.Points) { Badges = row.Badges });
        }

        var me = rows.FirstOrDefault(r => r.MemberId == memberId);
        if (me is null)
        {
            var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
                .Select(m => new { m.DisplayName, Store = m.Partner!.Name }).FirstOrDefaultAsync(cancellationToken);
            if (member is not null) me = await RankOfAsync(scores, memberId, member.DisplayName, member.Store, cancellationToken);
        }
        return new Board(period, rows, me);
    }

    /// <summary>Only my row of a board (rank 0 with no points yet), for a member already read: one query.</summary>
    public Task<BoardRow> RankAsync(LeaderboardPeriod period, int memberId, string name, string store, CancellationToken cancellationToken)
    {
        var key = LeaderboardPeriods.KeyFor(period, clock.GetUtcNow().UtcDateTime, calendar);
        var scores = db.LeaderboardScores.AsNoTracking().Where(s => s.Board == LeaderboardScore.EveryoneBoard && s.PeriodKey == key);
        return RankOfAsync(scores, memberId, name, store, cancellationToken);
    }

    private static async Task<BoardRow> RankOfAsync(IQueryable<LeaderboardScore> scores, int memberId, string name, string store, CancellationToken cancellationToken)
    {
        var mine = await scores.Where(s => s.MemberId == memberId)
            .Select(s => new { s.Points, Ahead = scores.Count(o => o.Points > s.Points) }).FirstOrDefaultAsync(cancellationToken);
        return mine is null ? new BoardRow(0, memberId, name, store, 0) : new BoardRow(mine.Ahead + 1, memberId, name, store, mine.Points);
    }
}
