using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Memory;

namespace LoyaltyArena.Web.Security;

/// <summary>
/// Failures per key (a login, a client address) within a window, in memory: one small entry per key, at most
/// 100,000 keys, each forgotten when its window ends.
/// </summary>
public class FailureCounter(TimeSpan window) : IDisposable
{
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public TimeSpan Window { get; } = window;

    public int Count(string key) => _failures.TryGetValue(key, out StrongBox<int>? count) ? count!.Value : 0;

    /// <returns>The failures of this key within its window, this one included.</returns>
    public int Failed(string key)
    {
        var count = _failures.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Window;
            entry.Size = 1;
            return new StrongBox<int>();
        })!;
        return Interlocked.Increment(ref count.Value);
    }

    public void Dispose()
    {
        _failures.Dispose();
        GC.SuppressFinalize(this);
    }
}
