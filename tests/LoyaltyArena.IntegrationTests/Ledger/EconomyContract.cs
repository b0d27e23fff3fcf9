using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Tiers;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Ledger;

/// <summary>Expiry, tiers and adjustments on each engine.</summary>
public abstract class EconomyContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    private Task<PostingResult> EarnAsync(int member, int points, DateTime at, string? id = null) =>
        app.ServiceAsync<PointsLedger, PostingResult>(l => l.PostAsync(
            Posting.Earn(member, points, "test", id ?? Guid.NewGuid().ToString("N"), LedgerReasons.Sale, "Test", at), default));

    private Task<int> ExpireAsync() => app.ServiceAsync<PointsExpiry, int>(e => e.ExpireDueAsync(default));

    private Task<List<LedgerEntry>> EntriesAsync(int member) => app.DbAsync(db => db.LedgerEntries.AsNoTracking().Where(e => e.MemberId == member).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task The_expiry_job_expires_a_due_lot_once_however_often_it_runs()
    {
        var member = await app.NewStaffAsync(0);
        await EarnAsync(member, 400, Now.AddMonths(-13));
        await EarnAsync(member, 250, Now.AddMonths(-1));

        await ExpireAsync();
        await ExpireAsync();

        var expired = (await EntriesAsync(member)).Where(e => e.Kind == LedgerEntryKind.Expire).ToList();
        expired.Count.ShouldBe(1);
        expired[0].Amount.ShouldBe(-400);
        (await app.BalanceAsync(member)).ShouldBe(250);
    }

    [Fact]
    public async Task Two_instances_running_the_expiry_job_at_once_expire_nothing_twice()
    {
        var members = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var member = await app.NewStaffAsync(0);
            await EarnAsync(member, 100 + i, Now.AddMonths(-14));
            members.Add(member);
        }

        await Task.WhenAll(Task.Run(ExpireAsync), Task.Run(ExpireAsync), Task.Run(ExpireAsync));

        var expired = await app.DbAsync(db => db.LedgerEntries.Where(e => members.Contains(e.MemberId) && e.Kind == LedgerEntryKind.Expire).CountAsync());
        expired.ShouldBe(5);
        foreach (var member in members) (await app.BalanceAsync(member)).ShouldBe(0);
    }

    [Fact]
    public async Task Spending_takes_the_oldest_points_first_so_only_what_is_left_of_them_expires()
    {
        var member = await app.NewStaffAsync(0);
        await EarnAsync(member, 300, Now.AddMonths(-11).AddDays(-20));
        await EarnAsync(member, 500, Now.AddMonths(-1));
        await app.ServiceAsync<PointsLedger, PostingResult>(l => l.PostAsync(
            Posting.Redeem(member, 200, "test", "r", $"fifo:{member}", LedgerReasons.Redeemed, "Pulsa"), default));

        app.Clock.Advance(TimeSpan.FromDays(15));
        try
        {
            await ExpireAsync();
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-15));
        }

        (await EntriesAsync(member)).Single(e => e.Kind == LedgerEntryKind.Expire).Amount.ShouldBe(-100);
        (await app.BalanceAsync(member)).ShouldBe(500);
    }

    [Fact]
    public async Task Earning_promotes_at_once_and_the_next_earning_gets_the_multiplier()
    {
        var member = await app.NewStaffAsync(0);
        await EarnAsync(member, 1_000, Now.AddDays(-1));

        var promoted = await app.DbAsync(db => db.MemberTiers.Join(db.Tiers, m => m.TierId, t => t.Id, (m, t) => new { m.MemberId, t.Name }).SingleAsync(x => x.MemberId == member));
        promoted.Name.ShouldBe("Silver");
        var next = await EarnAsync(member, 100, Now);

        next.Amount.ShouldBe(110);
        var entry = (await EntriesAsync(member)).Last();
        (entry.BaseAmount, entry.MultiplierPercent).ShouldBe((100, 110));
        (await app.DbAsync(db => db.Notifications.AnyAsync(n => n.MemberId == member && n.TextKey == "Notify.TierUp"))).ShouldBeTrue();
        (await app.DbAsync(db => db.OutboxMessages.AnyAsync(m => m.Template == EmailTemplates.TierChanged && m.PayloadJson.Contains("Silver")))).ShouldBeTrue();
    }

    [Fact]
    public async Task Spending_never_demotes_but_the_window_rolling_past_old_earnings_does()
    {
        var member = await app.NewStaffAsync(0);
        await EarnAsync(member, 1_200, Now.AddMonths(-12).AddDays(3));
        await app.ServiceAsync<PointsLedger, PostingResult>(l => l.PostAsync(
            Posting.Redeem(member, 1_200, "test", "all", $"spend-all:{member}", LedgerReasons.Redeemed, "Voucher"), default));
        await app.ServiceAsync<TierService, int>(t => t.RecalculateAllAsync(default));
        (await TierNameAsync(member)).ShouldBe("Silver");

        app.Clock.Advance(TimeSpan.FromDays(5));
        try
        {
            await app.ServiceAsync<TierService, int>(t => t.RecalculateAllAsync(default));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-5));
        }

        (await TierNameAsync(member)).ShouldBe("Bronze");
        (await app.DbAsync(db => db.Notifications.AnyAsync(n => n.MemberId == member && n.TextKey == "Notify.TierDown"))).ShouldBeTrue();
    }

    [Fact]
    public async Task Every_adjustment_and_reversal_leaves_an_audit_entry_and_a_debit_cannot_overdraw()
    {
        var actor = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var member = await app.NewStaffAsync(0);
        var earned = await EarnAsync(member, 500, Now);
        Task<AdjustOutcome> Adjust(int points, string key) => app.ServiceAsync<Adjustments, AdjustOutcome>(a => a.AdjustAsync(actor, member, points, "Koreksi transaksi toko", key, default));

        (await Adjust(200, "c1")).Status.ShouldBe(AdjustStatus.Done);
        (await Adjust(-100, "d1")).Status.ShouldBe(AdjustStatus.Done);
        (await Adjust(-10_000, "d2")).Status.ShouldBe(AdjustStatus.NotEnoughPoints);
        (await Adjust(200, "c1")).Status.ShouldBe(AdjustStatus.AlreadyDone);
        var reversal = await app.ServiceAsync<Adjustments, AdjustOutcome>(a => a.ReverseAsync(actor, earned.EntryId, "Penjualan fiktif", default));
        var again = await app.ServiceAsync<Adjustments, AdjustOutcome>(a => a.ReverseAsync(actor, earned.EntryId, "Penjualan fiktif", default));

        reversal.Status.ShouldBe(AdjustStatus.Done);
        again.Status.ShouldBe(AdjustStatus.AlreadyDone);
        (await app.BalanceAsync(member)).ShouldBe(100);
        var audit = await app.DbAsync(db => db.AuditEntries.Where(a => a.TargetType == "member" && a.TargetId == member.ToString()).OrderBy(a => a.Id).ToListAsync());
        audit.Select(a => a.Action).ShouldBe([AuditActions.Credit, AuditActions.Debit, AuditActions.Reverse]);
        audit.ShouldAllBe(a => a.ActorId == actor && a.Reason.Length >= 5);
    }

    [Fact]
    public async Task An_adjustment_without_a_reason_is_refused_and_changes_nothing()
    {
        var member = await app.NewStaffAsync(100);

        var outcome = await app.ServiceAsync<Adjustments, AdjustOutcome>(a => a.AdjustAsync(1, member, 50, "  ", "k", default));

        outcome.Problems.ShouldBe(["Adjust.ReasonRequired"]);
        (await app.BalanceAsync(member)).ShouldBe(100);
    }

    [Fact]
    public async Task A_reminder_goes_out_once_at_thirty_days_and_once_more_at_seven()
    {
        var member = await app.NewStaffAsync(0);
        await EarnAsync(member, 300, Now.AddMonths(-12).AddDays(20));
        Task<int> Remind() => app.ServiceAsync<PointsExpiry, int>(e => e.RemindAsync(default));
        Task<int> Sent() => app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == member && n.TextKey == "Notify.Expiring"));

        await Remind();
        await Remind();
        (await Sent()).ShouldBe(1);

        app.Clock.Advance(TimeSpan.FromDays(15));
        try
        {
            await Remind();
            await Remind();
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-15));
        }
        (await Sent()).ShouldBe(2);
        (await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.Template == EmailTemplates.ExpiryReminder && m.DedupKey.StartsWith($"expiry:{member}:")))).ShouldBe(2);
    }

    private Task<string> TierNameAsync(int member) =>
        app.DbAsync(db => db.MemberTiers.Where(m => m.MemberId == member).Join(db.Tiers, m => m.TierId, t => t.Id, (_, t) => t.Name).SingleAsync());
}

public sealed class SqliteEconomyTests(SqliteApp app) : EconomyContract(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresEconomyTests(PostgresApp app) : EconomyContract(app), IClassFixture<PostgresApp>;
