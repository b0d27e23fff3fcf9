using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace LoyaltyArena.Web.Live;

/// <summary>
/// A member's own signals ("points", "rewards", "notices") turn into htmx events that re-fetch a fragment. A page that
/// shows a board says which one with <see cref="Watch"/>; the server decides the member's actual board (their region,
/// their store), and pushes each change to it rendered once for everyone watching.
/// </summary>
[Authorize]
public sealed class ArenaHub(LeaderboardQuery boards, LiveBoards live, Core.LiveQuiz.LiveQuizService quizzes) : Hub
{
    public const string Url = "/hubs/arena";
    public const string Method = "changed";
    private const string WatchedKey = "watched";

    public static string MemberGroup(int memberId) => $"member:{memberId}";

    public static string LiveQuizGroup(int sessionId) => $"livequiz:{sessionId}";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, MemberGroup(Context.User!.MemberId()));
        await base.OnConnectedAsync();
    }

    /// <summary>Follow one board ("all", "region", "team", "stores"... and "week", "month", "all"), the Home rank ("home") or contests ("contest").</summary>
    public async Task Watch(string scope, string period, string language)
    {
        var group = await GroupForAsync(scope, period, LiveBoards.Language(language));
        if (Context.Items.TryGetValue(WatchedKey, out var before) && before is string previous)
        {
            if (previous == group) return;
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, previous);
            live.Watching(previous, -1);
            Context.Items.Remove(WatchedKey);
        }
        if (group is null) return;
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        live.Watching(group, +1);
        Context.Items[WatchedKey] = group;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(WatchedKey, out var watched) && watched is string group) live.Watching(group, -1);
        return base.OnDisconnectedAsync(exception);
    }

    private async Task<string?> GroupForAsync(string scope, string period, string language)
    {
        var now = LeaderboardPeriods.Parse(period);
        if (scope == "home") return LiveBoards.RankGroup(BoardKeys.LiveKey(LeaderboardScore.EveryoneBoard, boards.PeriodKey(LeaderboardPeriod.Week, past: false)));
        if (scope == "contest") return LiveBoards.ContestsGroup;
        if (scope == "live")
        {
            // A Kuis Live: only its host and its players hear it.
            return int.TryParse(period, System.Globalization.CultureInfo.InvariantCulture, out var session)
                && await quizzes.TakesPartAsync(Context.User!.MemberId(), session, Context.ConnectionAborted) ? LiveQuizGroup(session) : null;
        }
        if (!Enum.TryParse<BoardScope>(scope, ignoreCase: true, out var boardScope) || !Enum.IsDefined(boardScope)) return null;
        var placement = await boards.PlacementAsync(Context.User!.MemberId(), Context.ConnectionAborted);
        if (placement is null || BoardKeys.For(boardScope, placement) is not { } key) return null;
        return LiveBoards.BoardGroup(BoardKeys.LiveKey(key, boards.PeriodKey(now, past: false)), language);
    }
}

public static class LiveTopics
{
    public const string Points = "points";
    public const string Board = "board";
    public const string Rewards = "rewards";
    public const string Notices = "notices";
    public const string LiveQuiz = "live";
}
