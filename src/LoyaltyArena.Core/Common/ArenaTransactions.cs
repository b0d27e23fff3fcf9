using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Common;

/// <summary>
/// Runs one unit of work in a database transaction: commit when the outcome succeeded, roll back
/// otherwise, then publish the domain events the work raised. Nested calls join the open transaction.
/// A transaction the database aborted to break a deadlock or a serialization conflict is run again
/// (the work is idempotent by its keys); after <see cref="Attempts"/> tries it ends in <see cref="BusyException"/>.
/// </summary>
public sealed class ArenaTransactions(ArenaDbContext db, WriteGate gate, DomainEventDispatcher dispatcher)
{
    public const int Attempts = 4;

    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : IWriteOutcome
    {
        if (db.Database.CurrentTransaction is not null) return await work(cancellationToken);

        T outcome;
        using (await gate.EnterAsync(cancellationToken))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    outcome = await RunOnceAsync(work, cancellationToken);
                    break;
                }
                catch (Exception ex) when (Contention.IsTransient(ex))
                {
                    db.ChangeTracker.Clear();
                    db.TakeEvents();
                    if (attempt >= Attempts) throw new BusyException(ex);
                    // A little random back-off, so the two sides of a deadlock do not meet again at once.
                    await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
                }
            }
        }
        await dispatcher.PublishAsync(db.TakeEvents(), cancellationToken);
        return outcome;
    }

    private async Task<T> RunOnceAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) where T : IWriteOutcome
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await work(cancellationToken);
        if (!outcome.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            db.TakeEvents();
            return outcome;
        }
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}

/// <summary>The database stayed too contended to finish a write; nothing was changed. Callers say "try again".</summary>
public sealed class BusyException(Exception inner) : Exception("The database was too busy to complete the change; nothing was changed.", inner);

/// <summary>Which database failures mean "the same work would succeed if run again".</summary>
public static class Contention
{
    public static bool IsTransient(Exception ex) => ex switch
    {
        Npgsql.PostgresException pg => pg.SqlState is Npgsql.PostgresErrorCodes.SerializationFailure or Npgsql.PostgresErrorCodes.DeadlockDetected
            or Npgsql.PostgresErrorCodes.LockNotAvailable,
        Microsoft.Data.Sqlite.SqliteException lite => lite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        DbUpdateException { InnerException: { } inner } => IsTransient(inner),
        InvalidOperationException { InnerException: { } inner } => IsTransient(inner),
        _ => false,
    };
}
