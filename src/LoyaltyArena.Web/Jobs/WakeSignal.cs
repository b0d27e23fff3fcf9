using System.Threading.Channels;

namespace LoyaltyArena.Web.Jobs;

/// <summary>
/// How a background loop sleeps: until someone has work for it (<see cref="Set"/>, many calls count as one) or the poll
/// interval passes, whichever comes first.
/// </summary>
public sealed class WakeSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Set() => _wake.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan poll, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(poll);
        try
        {
            await _wake.Reader.WaitToReadAsync(timeout.Token);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
    }
}
