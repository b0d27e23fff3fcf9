using LoyaltyArena.Core.Data;

namespace LoyaltyArena.Core.Common;

/// <summary>
/// Runs one unit of work in a database transaction: commit when the outcome succeeded, roll back
/// otherwise, then publish the domain events the work raised. Nested calls join the open transaction.
/// </summary>
public sealed class ArenaTransactions(ArenaDbContext db, WriteGate gate, DomainEventDispatcher dispatcher)
{
    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : IWriteOutcome
    {
        if (db.Database.CurrentTransaction is not null) return await work(cancellationToken);

        T outcome;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            outcome = await work(cancellationToken);
            if (!outcome.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                db.TakeEvents();
                return outcome;
            }
            await transaction.CommitAsync(cancellationToken);
        }
        await dispatcher.PublishAsync(db.TakeEvents(), cancellationToken);
        return outcome;
    }
}
