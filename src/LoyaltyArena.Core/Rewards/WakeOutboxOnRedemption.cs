using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Notifications;

namespace LoyaltyArena.Core.Rewards;

/// <summary>Receipts and "paid"/"shipped" emails go out now rather than at the dispatcher's next poll.</summary>
public sealed class WakeOutboxOnRedemption(IOutboxWaker waker) : IEventHandler<RewardRedeemed>, IEventHandler<FulfilmentMoved>
{
    public Task HandleAsync(RewardRedeemed domainEvent, CancellationToken cancellationToken) => WakeAsync();

    public Task HandleAsync(FulfilmentMoved domainEvent, CancellationToken cancellationToken) => WakeAsync();

    private Task WakeAsync()
    {
        waker.Wake();
        return Task.CompletedTask;
    }
}
