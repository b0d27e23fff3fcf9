namespace LoyaltyArena.Core.Notifications;

/// <summary>
/// Tells open pages that something they show has changed. Member signals carry no data: the page re-fetches its own
/// fragment, so a lost signal costs nothing but freshness. Board changes are rendered once and pushed to the watchers.
/// </summary>
public interface ILiveSignals
{
    Task PointsChangedAsync(int memberId, CancellationToken cancellationToken);

    /// <summary>The member's points on the boards moved by <paramref name="amount"/>.</summary>
    Task BoardsChangedAsync(int memberId, int amount, CancellationToken cancellationToken);

    /// <summary>One of the member's redemptions moved on (paid, packed, shipped, delivered).</summary>
    Task RewardsChangedAsync(int memberId, CancellationToken cancellationToken);

    /// <summary>A Kuis Live moved on (a question opened or closed, someone joined, the end).</summary>
    Task LiveQuizChangedAsync(int sessionId, CancellationToken cancellationToken);

    /// <summary>The member has a new notification (the bell's count).</summary>
    Task NoticesChangedAsync(int memberId, CancellationToken cancellationToken);
}
