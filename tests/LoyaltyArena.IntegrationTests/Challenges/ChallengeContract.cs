using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Sales;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Challenges;

/// <summary>Challenges on both engines: paid once, and the completion limit holds when many finish at once.</summary>
public abstract class ChallengeContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    internal static async Task<int> LaunchAsync(ArenaApp app, ChallengeInput input)
    {
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var saved = await app.ServiceAsync<ChallengeStudio, Core.Common.Saved>(s => s.SaveAsync(marketer, null, input, default));
        saved.Problems.ShouldBeEmpty();
        await app.ServiceAsync<ChallengeStudio, bool>(async s => { await s.MoveAsync(marketer, saved.Id, ChallengeStatus.Live, default); return true; });
        return saved.Id;
    }

    internal static ChallengeInput SellUnits(int target, int points, int? maxCompletions = null, string? region = null) =>
        new($"Jual {target} unit {Guid.NewGuid():N}"[..30], "Tes", ChallengeKind.SalesUnits, target, null, points,
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)), maxCompletions, true, null, region, null, null);

    private async Task SellAsync(int member, int quantity)
    {
        var email = await app.DbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Email!).SingleAsync());
        var outcome = await app.ServiceAsync<SalesIntake, BatchOutcome>(s => s.RecordAsync(
            [new SaleInput($"CH-{Guid.NewGuid():N}"[..20], email, DemoProgram.DemoSku, quantity, 10_000, DateTime.UtcNow.AddMinutes(-5))], SaleSources.Csv, null, default));
        outcome.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Reaching_a_sales_target_pays_the_challenge_points_once_however_often_progress_is_refreshed()
    {
        var challenge = await LaunchAsync(app, SellUnits(target: 5, points: 700));
        var member = await app.NewStaffAsync(0);

        await SellAsync(member, 3);
        (await app.BalanceAsync(member)).ShouldBe(300, "3 units earn 300 by the purchase rule; the challenge is at 3/5");
        await SellAsync(member, 2);
        for (var i = 0; i < 3; i++) await app.ServiceAsync<ChallengeService, bool>(async s => { await s.RefreshAsync(member, default); return true; });

        (await app.BalanceAsync(member)).ShouldBe(500 + 700);
        var row = await app.DbAsync(db => db.ChallengeProgress.SingleAsync(p => p.ChallengeId == challenge && p.MemberId == member));
        row.Progress.ShouldBe(5);
        row.CompletedAt.ShouldNotBeNull();
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == member && n.TextKey == "Notify.ChallengeDone"))).ShouldBe(1);
    }

    [Fact]
    public async Task The_completion_limit_holds_when_many_members_finish_at_the_same_moment()
    {
        var challenge = await LaunchAsync(app, SellUnits(target: 1, points: 400, maxCompletions: 2));
        var members = new List<int>();
        for (var i = 0; i < 6; i++) members.Add(await app.NewStaffAsync(0));
        // Record the sales with progress paused, then let every member's refresh race.
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        await app.ServiceAsync<ChallengeStudio, bool>(async s => { await s.MoveAsync(marketer, challenge, ChallengeStatus.Paused, default); return true; });
        foreach (var member in members) await SellAsync(member, 1);
        await app.ServiceAsync<ChallengeStudio, bool>(async s => { await s.MoveAsync(marketer, challenge, ChallengeStatus.Live, default); return true; });

        await Task.WhenAll(members.Select(m => Task.Run(() => app.ServiceAsync<ChallengeService, bool>(async s => { await s.RefreshAsync(m, default); return true; }))));

        (await app.DbAsync(db => db.ChallengeProgress.CountAsync(p => p.ChallengeId == challenge && p.CompletedAt != null))).ShouldBe(2);
        var paid = await app.DbAsync(db => db.LedgerEntries.CountAsync(e => e.SourceType == "challenge" && e.SourceId == challenge.ToString()));
        paid.ShouldBe(2);
    }

    [Fact]
    public async Task Challenge_points_stop_at_the_daily_cap_the_last_completion_pays_what_is_left_and_says_so()
    {
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var before = (await app.DbAsync(db => db.ProgramRules.AsNoTracking().SingleAsync())).Limits;
        await app.ServiceAsync<Core.Tiers.EconomySettings, Core.Tiers.SettingsOutcome>(s => s.SaveGuardsAsync(marketer, before with { ChallengePointsPerDay = 1_000 }, default));
        var challenges = new[] { await LaunchAsync(app, SellUnits(target: 1, points: 700)), await LaunchAsync(app, SellUnits(target: 1, points: 600)), await LaunchAsync(app, SellUnits(target: 1, points: 500)) };
        try
        {
            var member = await app.NewStaffAsync(0);

            await SellAsync(member, 1);

            (await app.BalanceAsync(member)).ShouldBe(100 + 1_000, "the sale's own 100 points, then challenge points up to the cap of 1,000");
            (await app.DbAsync(db => db.ChallengeProgress.CountAsync(p => challenges.Contains(p.ChallengeId) && p.MemberId == member && p.CompletedAt != null))).ShouldBe(3, "all three are done");
            var notices = await app.DbAsync(db => db.Notifications.Where(n => n.MemberId == member && n.TextKey.StartsWith("Notify.ChallengeDone")).Select(n => n.TextKey).ToListAsync());
            notices.Count.ShouldBe(3);
            notices.ShouldContain("Notify.ChallengeDoneCapped", "the challenge finished after the cap says why it paid nothing");
        }
        finally
        {
            await app.ServiceAsync<Core.Tiers.EconomySettings, Core.Tiers.SettingsOutcome>(s => s.SaveGuardsAsync(marketer, before, default));
            foreach (var challenge in challenges)
                await app.ServiceAsync<ChallengeStudio, bool>(async s => { await s.MoveAsync(marketer, challenge, ChallengeStatus.Ended, default); return true; });
        }
    }
}

public class SqliteChallengeTests(SqliteApp app) : ChallengeContract(app), IClassFixture<SqliteApp>;

public class PostgresChallengeTests(PostgresApp app) : ChallengeContract(app), IClassFixture<PostgresApp>;

public class StreakReminderTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_three_day_streak_that_breaks_tonight_gets_one_evening_reminder_and_an_active_member_none()
    {
        var member = await app.NewStaffAsync(0);
        var busy = await app.NewStaffAsync(0);
        var calendar = Core.Common.ProgramCalendar.For("Asia/Jakarta");
        // 18:00 in Jakarta today, whatever the real time.
        var local = calendar.ToLocal(app.Clock.GetUtcNow().UtcDateTime);
        var evening = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local.Date.AddHours(18), DateTimeKind.Unspecified), calendar.Zone);
        app.Clock.Advance(evening - app.Clock.GetUtcNow().UtcDateTime);
        foreach (var (who, days) in new[] { (member, new[] { 1, 2, 3 }), (busy, new[] { 0, 1, 2, 3 }) })
            foreach (var ago in days)
                await app.ServiceAsync<Core.Ledger.PointsLedger, Core.Ledger.PostingResult>(l => l.PostAsync(
                    Core.Ledger.Posting.Earn(who, 10, "test", Guid.NewGuid().ToString("N"), Core.Ledger.LedgerReasons.Sale, "x", evening.AddDays(-ago).AddHours(-2)), default));

        await app.ServiceAsync<StreakReminders, int>(r => r.RemindAsync(default));
        await app.ServiceAsync<StreakReminders, int>(r => r.RemindAsync(default));

        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == member && n.TextKey == "Notify.StreakAtRisk"))).ShouldBe(1);
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == busy && n.TextKey == "Notify.StreakAtRisk"))).ShouldBe(0);
    }
}
