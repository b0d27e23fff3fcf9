using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Leaderboards;

/// <summary>One line of a board: a member (or a store, a distributor) with its rank.</summary>
public sealed record BoardRow(int Rank, int MemberId, string Name, string Store, int Points)
{
    /// <summary>How many badges the member holds, shown beside the name.</summary>
    public int Badges { get; init; }

    /// <summary>Places moved since the last daily ranking (positive is up).</summary>
    public int? Movement { get; init; }

    /// <summary>The member chose to appear as "Staf {Store} #{AnonymousNumber}".</summary>
    public bool Anonymous { get; init; }

    public int AnonymousNumber { get; init; }

    public bool Medal => Rank is >= 1 and <= 3;
}

/// <summary>A board as one viewer sees it: the top, then (when I am outside it) me with my neighbours, and who to pass next.</summary>
public sealed record Board(BoardScope Scope, LeaderboardPeriod Period, bool Past, string Key, string PeriodKey, IReadOnlyList<BoardRow> Top, IReadOnlyList<BoardRow> Around, BoardRow? Me)
{
    /// <summary>The one just ahead of me, to pass next.</summary>
    public BoardRow? Ahead { get; init; }

    /// <summary>The scope does not apply to the viewer (no distributor above their store, say).</summary>
    public bool NotApplicable { get; init; }

    public int? PointsToPass => Me is { Rank: > 0 } me ? BoardRanking.PointsToPass(me.Points, Ahead?.Points) : null;

    public string LiveKey => BoardKeys.LiveKey(Key, PeriodKey);
}

public sealed class LeaderboardQuery(ArenaDbContext db, ProgramCalendar calendar, TimeProvider clock)
{
    public const int TopSize = 10;

    public async Task<Placement?> PlacementAsync(int memberId, CancellationToken cancellationToken) =>
        (await PlacementsAsync([memberId], cancellationToken)).GetValueOrDefault(memberId);

    public Task<Dictionary<int, Placement>> PlacementsAsync(IReadOnlyCollection<int> memberIds, CancellationToken cancellationToken) =>
        Placements.OfAsync(db, memberIds, cancellationToken);

    public string PeriodKey(LeaderboardPeriod period, bool past) =>
        LeaderboardPeriods.KeyFor(period, clock.GetUtcNow().UtcDateTime, calendar, past);

    /// <summary>The board of a scope and period as <paramref name="memberId"/> sees it.</summary>
    public async Task<Board> GetAsync(BoardScope scope, LeaderboardPeriod period, bool past, int memberId, CancellationToken cancellationToken)
    {
        past &= period != LeaderboardPeriod.AllTime;
        var periodKey = PeriodKey(period, past);
        var placement = await PlacementAsync(memberId, cancellationToken);
        var key = placement is null ? null : BoardKeys.For(scope, placement);
        var mine = placement is null ? (int?)null : scope switch
        {
            BoardScope.Stores => placement.OnStoreBoard ? placement.PartnerId : null,
            BoardScope.Distributors => placement.DistributorId,
            _ => memberId,
        };
        if (key is null || mine is null)
            return new Board(scope, period, past, key ?? "", periodKey, [], [], null) { NotApplicable = true };

        var lines = Lines(key, periodKey);
        var top = await lines.InBoardOrder().Take(TopSize).ToListAsync(cancellationToken);
        var places = BoardRanking.Places(top.Select(t => t.Points).ToList());
        var topRanked = top.Select((t, i) => With(t, places[i])).ToList();

        var myLine = topRanked.FirstOrDefault(t => t.Id == mine) ?? await lines.FirstOrDefaultAsync(l => l.Id == mine, cancellationToken);
        IReadOnlyList<ScoreLine> around = [];
        ScoreLine? ahead = null;
        if (myLine is not null && topRanked.All(t => t.Id != mine))
        {
            var (p, u, id) = (myLine.Points, myLine.UpdatedAt, myLine.Id);
            var above = await lines.Where(l => l.Points > p || (l.Points == p && (l.UpdatedAt < u || (l.UpdatedAt == u && l.Id < id))))
                .OrderBy(l => l.Points).ThenByDescending(l => l.UpdatedAt).ThenByDescending(l => l.Id).Take(2).ToListAsync(cancellationToken);
            var below = await lines.Where(l => l.Points < p || (l.Points == p && (l.UpdatedAt > u || (l.UpdatedAt == u && l.Id > id))))
                .InBoardOrder().Take(2).ToListAsync(cancellationToken);
            var window = BoardRanking.Window(above, myLine, below);
            var first = window[0];
            var position = await lines.CountAsync(l => l.Points > first.Points || (l.Points == first.Points && (l.UpdatedAt < first.UpdatedAt || (l.UpdatedAt == first.UpdatedAt && l.Id < first.Id))), cancellationToken) + 1;
            var firstRank = await lines.CountAsync(l => l.Points > first.Points, cancellationToken) + 1;
            var ranked = new List<ScoreLine>(window.Count);
            for (var i = 0; i < window.Count; i++)
                ranked.Add(With(window[i], i == 0 ? firstRank : window[i].Points == window[i - 1].Points ? ranked[i - 1].Rank : position + i));
            around = ranked.Where(r => topRanked.All(t => t.Id != r.Id)).ToList();
            myLine = ranked.Single(r => r.Id == mine);
            ahead = above.Count > 0 ? ranked[ranked.IndexOf(myLine) - 1] : null;
        }
        else if (myLine is not null)
        {
            var index = topRanked.IndexOf(myLine);
            ahead = index > 0 ? topRanked[index - 1] : null;
        }

        var rows = await RowsAsync(scope, [.. topRanked, .. around], cancellationToken);
        var me = myLine is null ? await UnrankedAsync(scope, mine.Value, cancellationToken) : rows[myLine.Id];
        return new Board(scope, period, past, key, periodKey, topRanked.Select(t => rows[t.Id]).ToList(), around.Select(a => rows[a.Id]).ToList(), me)
        {
            Ahead = ahead is null ? null : rows[ahead.Id],
        };
    }

    /// <summary>The top of a board with no viewer in mind: what a live update sends to everyone watching it.</summary>
    public async Task<IReadOnlyList<BoardRow>> TopAsync(BoardScope scope, string key, string periodKey, CancellationToken cancellationToken)
    {
        var top = await Lines(key, periodKey).InBoardOrder().Take(TopSize).ToListAsync(cancellationToken);
        var places = BoardRanking.Places(top.Select(t => t.Points).ToList());
        var ranked = top.Select((t, i) => With(t, places[i])).ToList();
        var rows = await RowsAsync(scope, ranked, cancellationToken);
        return ranked.Select(r => rows[r.Id]).ToList();
    }

    /// <summary>Only my row of the everyone board (rank 0 with no points yet), for a member already read: one query.</summary>
    public async Task<BoardRow> RankAsync(LeaderboardPeriod period, int memberId, string name, string store, CancellationToken cancellationToken)
    {
        var key = PeriodKey(period, past: false);
        var scores = db.LeaderboardScores.AsNoTracking().Where(s => s.Board == LeaderboardScore.EveryoneBoard && s.PeriodKey == key);
        var mine = await scores.Where(s => s.MemberId == memberId)
            .Select(s => new { s.Points, s.PreviousRank, Ahead = scores.Count(o => o.Points > s.Points) }).FirstOrDefaultAsync(cancellationToken);
        return mine is null ? new BoardRow(0, memberId, name, store, 0)
            : new BoardRow(mine.Ahead + 1, memberId, name, store, mine.Points) { Movement = BoardRanking.Movement(mine.PreviousRank, mine.Ahead + 1) };
    }

    /// <summary>The score lines of one board in one period: an indexed range read on rows the ledger keeps.</summary>
    private IQueryable<ScoreLine> Lines(string key, string periodKey)
    {
        if (key.StartsWith("team:", StringComparison.Ordinal))
        {
            // The team is the store's staff today: read their everyone rows, so a member who moves store moves teams.
            var partnerId = int.Parse(key.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture);
            return db.LeaderboardScores.AsNoTracking()
                .Where(s => s.Board == LeaderboardScore.EveryoneBoard && s.PeriodKey == periodKey && db.Members.Any(m => m.Id == s.MemberId && m.PartnerId == partnerId))
                .Select(s => new ScoreLine { Id = s.MemberId, Points = s.Points, UpdatedAt = s.UpdatedAt, PreviousRank = null });
        }
        if (key is BoardKeys.Stores or BoardKeys.Distributors)
            return db.PartnerScores.AsNoTracking().Where(s => s.Board == key && s.PeriodKey == periodKey)
                .Select(s => new ScoreLine { Id = s.PartnerId, Points = s.Points, UpdatedAt = s.UpdatedAt, PreviousRank = s.PreviousRank });
        return db.LeaderboardScores.AsNoTracking().Where(s => s.Board == key && s.PeriodKey == periodKey)
            .Select(s => new ScoreLine { Id = s.MemberId, Points = s.Points, UpdatedAt = s.UpdatedAt, PreviousRank = s.PreviousRank });
    }

    private static ScoreLine With(ScoreLine line, int rank) =>
        new() { Id = line.Id, Points = line.Points, UpdatedAt = line.UpdatedAt, PreviousRank = line.PreviousRank, Rank = rank };

    /// <summary>Names for the lines: members with their store and badges (or their anonymous name), or stores with their city.</summary>
    private async Task<Dictionary<int, BoardRow>> RowsAsync(BoardScope scope, IReadOnlyList<ScoreLine> lines, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.Id).Distinct().ToList();
        if (ids.Count == 0) return [];
        if (BoardKeys.IsBusiness(scope))
        {
            var partners = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.City, p.Region }).ToDictionaryAsync(p => p.Id, cancellationToken);
            return lines.ToDictionary(l => l.Id, l =>
            {
                var p = partners[l.Id];
                return new BoardRow(l.Rank, l.Id, p.Name, string.IsNullOrEmpty(p.City) ? p.Region : p.City, l.Points) { Movement = BoardRanking.Movement(l.PreviousRank, l.Rank) };
            });
        }
        var members = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id, m.DisplayName, Store = m.Partner!.Name, m.BoardAnonymous,
                Number = m.BoardAnonymous ? db.Members.Count(o => o.PartnerId == m.PartnerId && o.Id <= m.Id) : 0,
                Badges = db.MemberBadges.Count(b => b.MemberId == m.Id),
            })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        return lines.ToDictionary(l => l.Id, l =>
        {
            var m = members[l.Id];
            return new BoardRow(l.Rank, l.Id, m.DisplayName, m.Store, l.Points)
            {
                Badges = m.Badges, Movement = BoardRanking.Movement(l.PreviousRank, l.Rank), Anonymous = m.BoardAnonymous, AnonymousNumber = m.Number,
            };
        });
    }

    private async Task<BoardRow?> UnrankedAsync(BoardScope scope, int id, CancellationToken cancellationToken) =>
        (await RowsAsync(scope, [new ScoreLine { Id = id, Rank = 0 }], cancellationToken)).GetValueOrDefault(id);
}
