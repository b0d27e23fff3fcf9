using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Notifications;

namespace LoyaltyArena.Core.Rewards;

public sealed class WakeOutboxOnRedemption(IOutboxWaker waker) : IEventHandler<RewardRedeemed>
{
    public Task HandleAsync(RewardRedeemed domainEvent, CancellationToken cancellationToken)
    {
        waker.Wake();
        return Task.CompletedTask;
    }
}
