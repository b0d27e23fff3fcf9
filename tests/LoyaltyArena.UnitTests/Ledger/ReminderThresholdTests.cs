using LoyaltyArena.Core.Ledger;

namespace LoyaltyArena.UnitTests.Ledger;

public class ReminderThresholdTests
{
    [Theory]
    [InlineData(31, null)]
    [InlineData(30, 30)]
    [InlineData(8, 30)]
    [InlineData(7, 7)]
    [InlineData(0, 7)]
    [InlineData(-1, null)]
    public void Points_expiring_within_thirty_then_seven_days_are_reminded_at_that_threshold(int daysLeft, int? threshold) =>
        PointsExpiry.ReminderThreshold(daysLeft).ShouldBe(threshold);
}
