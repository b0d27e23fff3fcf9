using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;

namespace LoyaltyArena.Core.Leaderboards;

public sealed class SignalPointsChanged(ILiveSignals signals) : IEventHandler<PointsChanged>
{
    public async Task HandleAsync(PointsChanged domainEvent, CancellationToken cancellationToken)
    {
        await signals.PointsChangedAsync(domainEvent.MemberId, cancellationToken);
        if (domainEvent.Kind == LedgerEntryKind.Earn) await signals.BoardsChangedAsync(domainEvent.MemberId, domainEvent.Amount, cancellationToken);
    }
}
