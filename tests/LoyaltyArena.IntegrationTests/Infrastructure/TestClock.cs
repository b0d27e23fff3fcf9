namespace LoyaltyArena.IntegrationTests.Infrastructure;

/// <summary>The app's clock, which a test can move forward (e.g. past a quiz deadline).</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
