using System.Collections.Concurrent;
using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Web.Localization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Live;

/// <summary>
/// Board changes at a cost that does not grow with the audience. Earnings are gathered and flushed with a leading and a
/// trailing edge (<see cref="Coalescer"/>); a flush renders each changed board that someone watches once per language and
/// pushes the HTML of its top to the watchers, with the score moves ([before, after]) so a page can tell whether its own
/// "me" window changed and re-fetch only then. Home gets the moves alone.
/// </summary>
public sealed partial class LiveBoards
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);
    public const string ContestsGroup = "contests";
    public const string RowsView = "/Pages/Leaderboards/_Rows.cshtml";

    private readonly IServiceScopeFactory _scopes;
    private readonly IHubContext<ArenaHub> _hub;
    private readonly FragmentRenderer _renderer;
    private readonly IReadOnlyDictionary<string, CultureInfo> _cultures;
    private readonly ILogger<LiveBoards> _logger;
    private readonly Coalescer _coalescer;
    private readonly ConcurrentDictionary<string, int> _watchers = new();
    private ConcurrentDictionary<int, int> _pending = new();
    private long _flushes;

    public LiveBoards(IServiceScopeFactory scopes, IHubContext<ArenaHub> hub, FragmentRenderer renderer, IOptions<ProgramSettings> program, ILogger<LiveBoards> logger)
    {
        (_scopes, _hub, _renderer, _logger) = (scopes, hub, renderer, logger);
        _cultures = new Dictionary<string, CultureInfo>
        {
            ["id"] = new(LocalizationSetup.CultureFor("id", program.Value)),
            ["en"] = new(LocalizationSetup.English),
        };
        _coalescer = new Coalescer(Window, FlushAsync);
    }

    /// <summary>How many flushes ran (each renders the changed boards once), for tests and the benchmark.</summary>
    public long Flushes => Interlocked.Read(ref _flushes);

    public static string Language(string? language) => language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "id";

    public static string BoardGroup(string liveKey, string language) => $"board:{liveKey}:{language}";

    public static string RankGroup(string liveKey) => $"rank:{liveKey}";

    public void Changed(int memberId, int amount)
    {
        _pending.AddOrUpdate(memberId, amount, (_, sum) => sum + amount);
        _coalescer.Signal();
    }

    public void Watching(string group, int delta) => _watchers.AddOrUpdate(group, Math.Max(delta, 0), (_, n) => Math.Max(n + delta, 0));

    private bool Watched(string group) => _watchers.TryGetValue(group, out var n) && n > 0;

    private async Task FlushAsync()
    {
        var pending = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<int, int>());
        if (pending.IsEmpty) return;
        Interlocked.Increment(ref _flushes);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var query = services.GetRequiredService<LeaderboardQuery>();
            var changes = await ChangesAsync(services.GetRequiredService<ArenaDbContext>(), query, pending);
            foreach (var change in changes.Values)
            {
                var moves = change.Moves.ToArray();
                var rank = RankGroup(change.LiveKey);
                if (Watched(rank)) await _hub.Clients.Group(rank).SendAsync("moves", change.LiveKey, moves);
                var languages = _cultures.Keys.Where(l => Watched(BoardGroup(change.LiveKey, l))).ToList();
                if (languages.Count == 0) continue;
                var top = await query.TopAsync(change.Scope, change.Board, change.PeriodKey, CancellationToken.None);
                foreach (var language in languages)
                {
                    var html = await _renderer.RenderAsync(services, RowsView, new BoardRows(top, BoardKeys.IsBusiness(change.Scope), null), _cultures[language]);
                    await _hub.Clients.Group(BoardGroup(change.LiveKey, language)).SendAsync(LiveTopics.Board, change.LiveKey, html, moves);
                }
            }
            if (Watched(ContestsGroup)) await _hub.Clients.Group(ContestsGroup).SendAsync(ArenaHub.Method, LiveTopics.Board);
        }
        catch (Exception ex)
        {
            LogFailed(ex);
        }
    }

    private sealed record Change(BoardScope Scope, string Board, string PeriodKey, List<int[]> Moves)
    {
        public string LiveKey => BoardKeys.LiveKey(Board, PeriodKey);
    }

    /// <summary>Every board the pending earnings moved, with each entrant's score before and after.</summary>
    private static async Task<Dictionary<string, Change>> ChangesAsync(ArenaDbContext db, LeaderboardQuery query, ConcurrentDictionary<int, int> pending)
    {
        var memberIds = pending.Keys.ToList();
        var placements = await query.PlacementsAsync(memberIds, CancellationToken.None);
        var periods = Enum.GetValues<LeaderboardPeriod>().Select(p => query.PeriodKey(p, past: false)).ToList();
        var people = (await db.LeaderboardScores.AsNoTracking().Where(s => memberIds.Contains(s.MemberId) && periods.Contains(s.PeriodKey))
                .Select(s => new { s.Board, s.PeriodKey, s.MemberId, s.Points }).ToListAsync())
            .ToDictionary(s => (s.Board, s.PeriodKey, s.MemberId), s => s.Points);
        var partnerIds = placements.Values.SelectMany(p => BoardKeys.BusinessBoards(p).Select(b => b.PartnerId)).Distinct().ToList();
        var business = (await db.PartnerScores.AsNoTracking().Where(s => partnerIds.Contains(s.PartnerId) && periods.Contains(s.PeriodKey))
                .Select(s => new { s.Board, s.PeriodKey, s.PartnerId, s.Points }).ToListAsync())
            .ToDictionary(s => (s.Board, s.PeriodKey, s.PartnerId), s => s.Points);

        var changes = new Dictionary<string, Change>();
        void Add(BoardScope scope, string board, string period, int after, int amount)
        {
            var key = BoardKeys.LiveKey(board, period);
            if (!changes.TryGetValue(key, out var change)) changes[key] = change = new Change(scope, board, period, []);
            change.Moves.Add([after - amount, after]);
        }
        foreach (var (memberId, amount) in pending)
        {
            if (!placements.TryGetValue(memberId, out var placement)) continue;
            foreach (var period in periods)
            {
                var everyone = people.GetValueOrDefault((LeaderboardScore.EveryoneBoard, period, memberId));
                Add(BoardScope.All, LeaderboardScore.EveryoneBoard, period, everyone, amount);
                Add(BoardScope.Region, BoardKeys.Region(placement.Region), period, people.GetValueOrDefault((BoardKeys.Region(placement.Region), period, memberId)), amount);
                Add(BoardScope.PartnerType, BoardKeys.PartnerType(placement.Kind), period, people.GetValueOrDefault((BoardKeys.PartnerType(placement.Kind), period, memberId)), amount);
                Add(BoardScope.Team, BoardKeys.Team(placement.PartnerId), period, everyone, amount);
                foreach (var (board, partnerId) in BoardKeys.BusinessBoards(placement))
                    Add(board == BoardKeys.Stores ? BoardScope.Stores : BoardScope.Distributors, board, period, business.GetValueOrDefault((board, period, partnerId)), amount);
            }
        }
        return changes;
    }

    [LoggerMessage(LogLevel.Error, "A live board update failed; the next change sends a fresh board")]
    private partial void LogFailed(Exception exception);
}

/// <summary>Rows of a board for the <c>_Rows</c> partial: people or businesses, and whose row is mine (null in a push).</summary>
public sealed record BoardRows(IReadOnlyList<BoardRow> Rows, bool Business, int? Me);
