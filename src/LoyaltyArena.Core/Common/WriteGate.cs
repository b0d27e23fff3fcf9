namespace LoyaltyArena.Core.Common;

/// <summary>
/// Bounds the write transactions open at once in this instance. SQLite allows one writer at a time, and
/// queueing writers in-process avoids its busy-wait back-off (a naive redemption race measured a 1 s p99).
/// On PostgreSQL the bound is half the connection pool: writers queued behind a hot row wait here, holding
/// no connection, so pages that read still find one.
/// </summary>
public sealed class WriteGate(int concurrency)
{
    private readonly SemaphoreSlim _semaphore = new(Math.Max(1, concurrency), Math.Max(1, concurrency));

    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        return new Release(_semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}
