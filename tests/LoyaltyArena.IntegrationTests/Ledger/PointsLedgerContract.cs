using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Ledger;

/// <summary>The ledger's guarantees, proven on each database engine by the classes below.</summary>
public abstract class PointsLedgerContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private Task<PostingResult> PostAsync(Posting posting) =>
        app.ServiceAsync<PointsLedger, PostingResult>(ledger => ledger.PostAsync(posting, default));

    [Fact]
    public async Task The_same_key_twice_earns_once()
    {
        var member = await app.NewStaffAsync(0);
        var posting = Posting.Earn(member, 150, "quiz", "42", LedgerReasons.QuizPassed, "Pengenalan Produk");

        var first = await PostAsync(posting);
        var second = await PostAsync(posting);

        first.Status.ShouldBe(PostingStatus.Posted);
        second.Status.ShouldBe(PostingStatus.Duplicate);
        second.EntryId.ShouldBe(first.EntryId);
        (await app.BalanceAsync(member)).ShouldBe(150);
        (await app.DbAsync(db => db.LedgerEntries.CountAsync(e => e.MemberId == member))).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_posted_concurrently_earns_once()
    {
        var member = await app.NewStaffAsync(0);
        var posting = Posting.Earn(member, 100, "sale", "INV-1", LedgerReasons.Sale, "Cat Arena Pro 5L");

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => PostAsync(posting))));

        results.Count(r => r.Status == PostingStatus.Posted).ShouldBe(1);
        (await app.BalanceAsync(member)).ShouldBe(100);
    }

    [Fact]
    public async Task Fifty_concurrent_spends_on_one_wallet_never_drive_it_negative()
    {
        var member = await app.NewStaffAsync(1_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            PostAsync(Posting.Redeem(member, 100, "test", i.ToString(), $"spend:{member}:{i}", LedgerReasons.Redeemed, "Pulsa")))));

        results.Count(r => r.Status == PostingStatus.Posted).ShouldBe(10);
        results.Count(r => r.Status == PostingStatus.InsufficientPoints).ShouldBe(40);
        (await app.BalanceAsync(member)).ShouldBe(0);
    }

    [Fact]
    public async Task A_spend_larger_than_the_balance_changes_nothing()
    {
        var member = await app.NewStaffAsync(300);

        var result = await PostAsync(Posting.Redeem(member, 500, "test", "1", $"too-much:{member}", LedgerReasons.Redeemed, "Voucher"));

        result.Status.ShouldBe(PostingStatus.InsufficientPoints);
        (await app.BalanceAsync(member)).ShouldBe(300);
        (await app.DbAsync(db => db.LedgerEntries.AnyAsync(e => e.IdempotencyKey == $"too-much:{member}"))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_earning_moves_this_week_and_all_time_boards_but_a_spend_does_not()
    {
        var member = await app.NewStaffAsync(400);
        await PostAsync(Posting.Redeem(member, 100, "test", "1", $"spend-board:{member}", LedgerReasons.Redeemed, "Pulsa"));

        var scores = await app.DbAsync(db => db.LeaderboardScores.Where(s => s.MemberId == member && s.Board == LeaderboardScore.EveryoneBoard).ToListAsync());
        var calendar = app.Services.GetRequiredService<ProgramCalendar>();
        var now = app.Clock.GetUtcNow().UtcDateTime;

        scores.Single(s => s.PeriodKey == LeaderboardPeriods.KeyFor(LeaderboardPeriod.Week, now, calendar)).Points.ShouldBe(400);
        scores.Single(s => s.PeriodKey == LeaderboardPeriods.AllTimeKey).Points.ShouldBe(400);
    }

    [Fact]
    public async Task Ledger_entries_cannot_be_edited_or_deleted_even_with_SQL()
    {
        var member = await app.NewStaffAsync(100);

        await Should.ThrowAsync<Exception>(() => app.DbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE \"LedgerEntries\" SET \"Amount\" = 1000000 WHERE \"MemberId\" = {member}")));
        await Should.ThrowAsync<Exception>(() => app.DbAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"LedgerEntries\" WHERE \"MemberId\" = {member}")));
        (await app.DbAsync(db => db.LedgerEntries.Where(e => e.MemberId == member).SumAsync(e => e.Amount))).ShouldBe(100);
    }

    [Fact]
    public async Task The_database_refuses_a_negative_balance_written_behind_the_ledgers_back()
    {
        var member = await app.NewStaffAsync(10);

        await Should.ThrowAsync<Exception>(() => app.DbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE \"Wallets\" SET \"Balance\" = -1 WHERE \"MemberId\" = {member}")));
    }
}

public sealed class SqlitePointsLedgerTests(SqliteApp app) : PointsLedgerContract(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresPointsLedgerTests(PostgresApp app) : PointsLedgerContract(app), IClassFixture<PostgresApp>;
