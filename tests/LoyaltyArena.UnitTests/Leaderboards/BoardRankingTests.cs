using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Leaderboards;

namespace LoyaltyArena.UnitTests.Leaderboards;

public class BoardRankingTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Equal_points_share_a_place_and_the_next_place_skips_as_on_a_sports_table() =>
        BoardRanking.Places([900, 700, 700, 700, 500]).ShouldBe([1, 2, 2, 2, 5]);

    [Fact]
    public void Of_two_equal_scores_the_one_reached_first_is_listed_first()
    {
        var later = new ScoreLine { Id = 1, Points = 500, UpdatedAt = T0.AddHours(2) };
        var earlier = new ScoreLine { Id = 2, Points = 500, UpdatedAt = T0 };
        var leader = new ScoreLine { Id = 3, Points = 800, UpdatedAt = T0.AddHours(5) };

        new[] { later, earlier, leader }.InBoardOrder().Select(l => l.Id).ShouldBe([3, 2, 1]);
    }

    [Fact]
    public void My_window_shows_two_above_and_two_below_me_in_board_order()
    {
        ScoreLine Line(int id) => new() { Id = id, Points = 1000 - id };
        var window = BoardRanking.Window(aboveNearestFirst: [Line(12), Line(11), Line(10)], Line(13), belowNearestFirst: [Line(14), Line(15), Line(16)]);

        window.Select(l => l.Id).ShouldBe([11, 12, 13, 14, 15]);
    }

    [Fact]
    public void Near_the_bottom_the_window_is_shorter_below()
    {
        var window = BoardRanking.Window([new ScoreLine { Id = 1 }], new ScoreLine { Id = 2 }, []);

        window.Select(l => l.Id).ShouldBe([1, 2]);
    }

    [Theory]
    [InlineData(5, 3, 2)]
    [InlineData(3, 5, -2)]
    [InlineData(4, 4, 0)]
    public void Movement_is_the_places_gained_since_the_last_daily_ranking(int before, int now, int moved) =>
        BoardRanking.Movement(before, now).ShouldBe(moved);

    [Fact]
    public void A_member_new_to_the_board_or_unranked_has_no_movement()
    {
        BoardRanking.Movement(null, 4).ShouldBeNull();
        BoardRanking.Movement(4, 0).ShouldBeNull();
    }

    [Fact]
    public void To_pass_the_one_ahead_takes_one_point_more_than_the_gap()
    {
        BoardRanking.PointsToPass(1_200, 1_450).ShouldBe(251);
        BoardRanking.PointsToPass(1_450, 1_450).ShouldBe(1, "a tie is passed with one more point");
        BoardRanking.PointsToPass(2_000, null).ShouldBeNull("nobody is ahead of the leader");
    }
}

public class CoalescerTests
{
    [Fact]
    public async Task The_first_change_goes_out_at_once_and_a_burst_of_a_hundred_gives_about_one_flush_per_window()
    {
        var flushes = new List<DateTime>();
        var window = TimeSpan.FromMilliseconds(250);
        var coalescer = new Coalescer(window, () =>
        {
            lock (flushes) flushes.Add(DateTime.UtcNow);
            return Task.CompletedTask;
        });
        var started = DateTime.UtcNow;

        coalescer.Signal();
        lock (flushes) flushes.Count.ShouldBe(1, "the leading edge flushes before Signal returns");
        for (var i = 1; i < 100; i++)
        {
            await Task.Delay(10);
            coalescer.Signal();
        }
        var lastSignal = DateTime.UtcNow;
        for (var waited = 0; !coalescer.IsIdle && waited < 10_000; waited += 20) await Task.Delay(20);

        lock (flushes)
        {
            var windows = (lastSignal - started) / window;
            flushes.Count.ShouldBeInRange(2, (int)windows + 2, $"100 changes over {windows:0.0} windows");
            flushes[^1].ShouldBeGreaterThanOrEqualTo(lastSignal, "the last change of the burst still goes out (trailing edge)");
        }
    }

    [Fact]
    public async Task A_lone_change_after_a_quiet_spell_goes_out_at_once_again()
    {
        var count = 0;
        var coalescer = new Coalescer(TimeSpan.FromMilliseconds(20), () => { Interlocked.Increment(ref count); return Task.CompletedTask; });

        coalescer.Signal();
        for (var waited = 0; !coalescer.IsIdle && waited < 10_000; waited += 10) await Task.Delay(10);
        coalescer.Signal();

        count.ShouldBe(2, "the second change went out before Signal returned");
    }
}
