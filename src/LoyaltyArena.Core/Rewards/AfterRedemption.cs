using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Notifications;

namespace LoyaltyArena.Core.Rewards;

/// <summary>
/// Receipts and "paid"/"shipped" emails go out now rather than at the dispatcher's next poll, and the
/// member's open receipt re-fetches itself when a marketer records a step.
/// </summary>
public sealed class AfterRedemption(IOutboxWaker waker, ILiveSignals signals) : IEventHandler<RewardRedeemed>, IEventHandler<FulfilmentMoved>
{
    public Task HandleAsync(RewardRedeemed domainEvent, CancellationToken cancellationToken)
    {
        waker.Wake();
        return Task.CompletedTask;
    }

    public Task HandleAsync(FulfilmentMoved domainEvent, CancellationToken cancellationToken)
    {
        waker.Wake();
        return signals.RewardsChangedAsync(domainEvent.MemberId, cancellationToken);
    }
}
