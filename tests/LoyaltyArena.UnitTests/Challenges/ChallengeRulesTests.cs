using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.UnitTests.Challenges;

public class StreakTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static DateOnly[] Days(params int[] ago) => ago.Select(a => Today.AddDays(-a)).ToArray();

    [Fact]
    public void Consecutive_days_up_to_today_make_the_current_streak() =>
        Streak.Of(Days(0, 1, 2, 3), Today).ShouldBe(new StreakView(4, 4, true));

    [Fact]
    public void A_streak_still_stands_today_when_yesterday_counted() =>
        Streak.Of(Days(1, 2), Today).ShouldBe(new StreakView(2, 2, false));

    [Fact]
    public void A_whole_day_without_activity_breaks_the_streak_but_keeps_the_best() =>
        Streak.Of(Days(2, 3, 4, 5, 6, 7, 8, 20), Today).ShouldBe(new StreakView(0, 7, false));

    [Fact]
    public void Several_earnings_on_one_day_count_as_one_day() =>
        Streak.Of(Days(0, 0, 0, 1), Today).Current.ShouldBe(2);

    [Fact]
    public void Days_are_counted_in_Jakarta_so_two_earnings_on_one_UTC_date_can_be_two_days()
    {
        var jakarta = ProgramCalendar.For("Asia/Jakarta");
        var beforeMidnight = new DateTime(2026, 12, 1, 16, 59, 0, DateTimeKind.Utc); // 23:59 WIB on 1 December
        var afterMidnight = new DateTime(2026, 12, 1, 17, 1, 0, DateTimeKind.Utc);   // 00:01 WIB on 2 December

        var days = Streak.DaysOf([beforeMidnight, afterMidnight], jakarta);

        days.ShouldBe([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)]);
        Streak.Of(days, new DateOnly(2026, 12, 2)).Current.ShouldBe(2);
    }
}

public class SegmentTests
{
    [Fact]
    public void An_empty_segment_is_everyone() =>
        Segment.Everyone.Includes(PartnerKind.Store, "Bali", 0, null).ShouldBeTrue();

    [Theory]
    [InlineData(PartnerKind.Store, "Jawa Barat", 1_000, StoreSize.Small, true)]
    [InlineData(PartnerKind.Retailer, "Jawa Barat", 1_000, StoreSize.Small, false)]
    [InlineData(PartnerKind.Store, "Bali", 1_000, StoreSize.Small, false)]
    [InlineData(PartnerKind.Store, "jawa barat", 999, StoreSize.Small, false)]
    [InlineData(PartnerKind.Store, "JAWA BARAT", 5_000, StoreSize.Large, false)]
    [InlineData(PartnerKind.Store, "jawa barat", 5_000, StoreSize.Small, true)]
    public void Every_part_of_a_segment_must_match(PartnerKind kind, string region, int tier, StoreSize size, bool included) =>
        new Segment(PartnerKind.Store, "Jawa Barat", 1_000, StoreSize.Small).Includes(kind, region, tier, size).ShouldBe(included);
}

public class ChallengeChecksTests
{
    private static ChallengeInput Valid() => new("Jual 10 kaleng", "", ChallengeKind.SalesUnits, 10, null, 500,
        new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14), null, true, null, null, null, null);

    [Fact]
    public void A_complete_challenge_has_no_problems() => ChallengeStudio.Check(Valid()).ShouldBeEmpty();

    [Fact]
    public void A_window_that_ends_before_it_starts_is_named() =>
        ChallengeStudio.Check(Valid() with { Ends = new DateOnly(2026, 11, 30) }).ShouldContain(new Problem("ends", "Challenge.EndsBeforeStart"));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1_000_001)]
    public void A_target_of_zero_or_less_or_absurdly_high_is_refused(int target) =>
        ChallengeStudio.Check(Valid() with { Target = target }).ShouldContain(new Problem("target", "Challenge.TargetRange"));

    [Fact]
    public void Dates_outside_the_sensible_range_and_missing_titles_and_points_are_refused()
    {
        var problems = ChallengeStudio.Check(Valid() with { Title = " ", Points = 0, Starts = new DateOnly(9999, 12, 31) });
        problems.Select(p => p.Key).ShouldBe(["Challenge.TitleRequired", "Challenge.PointsRange", "Input.DateRange"], ignoreOrder: true);
    }
}
