using LoyaltyArena.Core.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace LoyaltyArena.Web.Live;

/// <summary>Sends a member's own signals through SignalR and hands board changes to <see cref="LiveBoards"/>.</summary>
public sealed class HubLiveSignals(IHubContext<ArenaHub> hub, LiveBoards boards) : ILiveSignals
{
    public Task PointsChangedAsync(int memberId, CancellationToken cancellationToken) => SendAsync(memberId, LiveTopics.Points);

    public Task RewardsChangedAsync(int memberId, CancellationToken cancellationToken) => SendAsync(memberId, LiveTopics.Rewards);

    public Task NoticesChangedAsync(int memberId, CancellationToken cancellationToken) => SendAsync(memberId, LiveTopics.Notices);

    public Task LiveQuizChangedAsync(int sessionId, CancellationToken cancellationToken) =>
        hub.Clients.Group(ArenaHub.LiveQuizGroup(sessionId)).SendAsync(ArenaHub.Method, LiveTopics.LiveQuiz, CancellationToken.None);

    public Task BoardsChangedAsync(int memberId, int amount, CancellationToken cancellationToken)
    {
        boards.Changed(memberId, amount);
        return Task.CompletedTask;
    }

    private Task SendAsync(int memberId, string topic) =>
        hub.Clients.Group(ArenaHub.MemberGroup(memberId)).SendAsync(ArenaHub.Method, topic, CancellationToken.None);
}
