namespace LoyaltyArena.Core.Common;

/// <summary>
/// Turns a burst of signals into few flushes, with a leading and a trailing edge: the first signal flushes at once; any
/// signals during the window after a flush become one more flush when it ends. So a lone change shows immediately, and a
/// burst costs at most one flush per window.
/// </summary>
public sealed class Coalescer(TimeSpan window, Func<Task> flush)
{
    private readonly Lock _gate = new();
    private bool _running;
    private bool _pending;

    /// <summary>No flush is running and no window is open: the next signal flushes at once.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_gate) return !_running;
        }
    }

    public void Signal()
    {
        lock (_gate)
        {
            if (_running)
            {
                _pending = true;
                return;
            }
            _running = true;
        }
        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        while (true)
        {
            try
            {
                await flush();
            }
            catch (Exception)
            {
                // The flush reports its own failures; the next signal tries again.
            }
            await Task.Delay(window);
            lock (_gate)
            {
                if (!_pending)
                {
                    _running = false;
                    return;
                }
                _pending = false;
            }
        }
    }
}
