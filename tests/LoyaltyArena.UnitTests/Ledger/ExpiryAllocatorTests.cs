using LoyaltyArena.Core.Ledger;

namespace LoyaltyArena.UnitTests.Ledger;

public class ExpiryAllocatorTests
{
    private static readonly DateTime Jan = new(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc);
    private static readonly LotBalance Oldest = new(1, 300, Jan);
    private static readonly LotBalance Middle = new(2, 500, Jan.AddMonths(2));
    private static readonly LotBalance Newest = new(3, 200, Jan.AddMonths(5));

    [Fact]
    public void A_debit_takes_from_the_lot_that_expires_first() =>
        ExpiryAllocator.Allocate([Newest, Oldest, Middle], 200)!.ShouldBe([new LotTake(1, 200)]);

    [Fact]
    public void A_debit_larger_than_the_oldest_lot_continues_with_the_next_oldest() =>
        ExpiryAllocator.Allocate([Newest, Middle, Oldest], 700)!.ShouldBe([new LotTake(1, 300), new LotTake(2, 400)]);

    [Fact]
    public void A_named_lot_is_taken_first_whatever_its_age() =>
        ExpiryAllocator.Allocate([Oldest, Middle, Newest], 250, firstLotId: 3)!.ShouldBe([new LotTake(3, 200), new LotTake(1, 50)]);

    [Fact]
    public void Empty_lots_are_skipped() =>
        ExpiryAllocator.Allocate([Oldest with { Remaining = 0 }, Middle], 100)!.ShouldBe([new LotTake(2, 100)]);

    [Fact]
    public void Lots_holding_too_little_allocate_nothing() =>
        ExpiryAllocator.Allocate([Oldest, Newest], 501).ShouldBeNull();

    [Fact]
    public void Lots_expiring_at_the_same_moment_go_in_the_order_they_were_earned() =>
        ExpiryAllocator.Allocate([new LotBalance(9, 10, Jan), new LotBalance(4, 10, Jan)], 15)!.ShouldBe([new LotTake(4, 10), new LotTake(9, 5)]);
}
