namespace LoyaltyArena.Core.Notifications;

/// <summary>Exponential back-off: base, 2x, 4x ... capped, so a long outage is retried every few minutes.</summary>
public static class RetryPolicy
{
    public static TimeSpan Delay(int attempts, TimeSpan first, TimeSpan cap)
    {
        if (attempts <= 0) return TimeSpan.Zero;
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, cap.Ticks));
    }
}
