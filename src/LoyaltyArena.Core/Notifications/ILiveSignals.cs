namespace LoyaltyArena.Core.Notifications;

/// <summary>
/// Tells open pages that something they show has changed. A signal carries no data: the page
/// re-fetches its own fragment, so a lost signal costs nothing but freshness.
/// </summary>
public interface ILiveSignals
{
    Task PointsChangedAsync(int memberId, CancellationToken cancellationToken);
    Task BoardsChangedAsync(CancellationToken cancellationToken);

    /// <summary>One of the member's redemptions moved on (paid, packed, shipped, delivered).</summary>
    Task RewardsChangedAsync(int memberId, CancellationToken cancellationToken);
}
