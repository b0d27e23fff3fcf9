using LoyaltyArena.Core.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace LoyaltyArena.Web.Live;

/// <summary>
/// Sends signals through SignalR. Board changes are coalesced: a burst of earnings becomes one
/// broadcast shortly after the burst, so thousands of open boards re-fetch once, not once per point.
/// </summary>
public sealed class HubLiveSignals(IHubContext<ArenaHub> hub) : ILiveSignals
{
    public static readonly TimeSpan BoardCoalescing = TimeSpan.FromMilliseconds(250);
    private int _boardPending;

    public Task PointsChangedAsync(int memberId, CancellationToken cancellationToken) =>
        hub.Clients.Group(ArenaHub.MemberGroup(memberId)).SendAsync(ArenaHub.Method, LiveTopics.Points, CancellationToken.None);

    public Task RewardsChangedAsync(int memberId, CancellationToken cancellationToken) =>
        hub.Clients.Group(ArenaHub.MemberGroup(memberId)).SendAsync(ArenaHub.Method, LiveTopics.Rewards, CancellationToken.None);

    public Task BoardsChangedAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _boardPending, 1) == 1) return Task.CompletedTask;
        _ = Task.Run(async () =>
        {
            await Task.Delay(BoardCoalescing, CancellationToken.None);
            Interlocked.Exchange(ref _boardPending, 0);
            await hub.Clients.Group(ArenaHub.BoardsGroup).SendAsync(ArenaHub.Method, LiveTopics.Board, CancellationToken.None);
        }, CancellationToken.None);
        return Task.CompletedTask;
    }
}
