using LoyaltyArena.Core.Common;

namespace LoyaltyArena.UnitTests.Common;

public class ProgramCalendarTests
{
    private static readonly ProgramCalendar Jakarta = ProgramCalendar.For("Asia/Jakarta");

    [Fact]
    public void Sunday_evening_in_UTC_is_already_next_week_in_Jakarta()
    {
        var sundayUtc = new DateTime(2026, 11, 22, 17, 30, 0, DateTimeKind.Utc); // Monday 00:30 WIB
        var saturdayUtc = new DateTime(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

        Jakarta.WeekKey(sundayUtc).ShouldBe("2026-W48");
        Jakarta.WeekKey(saturdayUtc).ShouldBe("2026-W47");
    }

    [Fact]
    public void A_week_starts_on_Monday_at_midnight_program_time()
    {
        var wednesday = new DateTime(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

        Jakarta.WeekStartUtc(wednesday).ShouldBe(new DateTime(2026, 11, 22, 17, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void The_month_follows_the_program_time_zone()
    {
        var lastEveningOfOctoberUtc = new DateTime(2026, 10, 31, 18, 0, 0, DateTimeKind.Utc); // 1 Nov 01:00 WIB

        Jakarta.MonthKey(lastEveningOfOctoberUtc).ShouldBe("2026-11");
    }

    [Fact]
    public void The_first_days_of_January_can_belong_to_the_previous_ISO_year()
    {
        Jakarta.WeekKey(new DateTime(2027, 1, 2, 3, 0, 0, DateTimeKind.Utc)).ShouldBe("2026-W53");
    }
}
