using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LoyaltyArena.Core.Common;

/// <summary>Something that happened, published only after its transaction committed.</summary>
public interface IDomainEvent;

/// <summary>Handles one kind of domain event; handlers are found by assembly scanning.</summary>
public interface IEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

public sealed partial class DomainEventDispatcher(IServiceProvider services, ILogger<DomainEventDispatcher> logger)
{
    public async Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            var handlerType = typeof(IEventHandler<>).MakeGenericType(domainEvent.GetType());
            foreach (var handler in services.GetServices(handlerType))
            {
                try
                {
                    await ((Task)handlerType.GetMethod(nameof(IEventHandler<IDomainEvent>.HandleAsync))!
                        .Invoke(handler, [domainEvent, cancellationToken])!);
                }
                catch (Exception ex)
                {
                    // The state change is already committed; a failed side effect must not turn it into an error.
                    LogHandlerFailed(ex, handler!.GetType().Name, domainEvent.GetType().Name);
                }
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Event handler {Handler} failed for {Event}")]
    private partial void LogHandlerFailed(Exception ex, string handler, string @event);
}
