using LoyaltyArena.Core.Notifications;

namespace LoyaltyArena.UnitTests.Notifications;

public class RetryPolicyTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(10);

    [Fact]
    public void Each_failure_doubles_the_wait()
    {
        RetryPolicy.Delay(1, First, Cap).ShouldBe(TimeSpan.FromSeconds(10));
        RetryPolicy.Delay(2, First, Cap).ShouldBe(TimeSpan.FromSeconds(20));
        RetryPolicy.Delay(4, First, Cap).ShouldBe(TimeSpan.FromSeconds(80));
    }

    [Fact]
    public void A_long_outage_is_retried_at_the_cap_and_never_later() =>
        RetryPolicy.Delay(50, First, Cap).ShouldBe(Cap);
}
