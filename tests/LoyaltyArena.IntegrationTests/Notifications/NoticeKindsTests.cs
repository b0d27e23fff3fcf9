using System.Net;
using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Notifications;

/// <summary>The notices and emails that bring people back: what they say, who gets them, and that each is sent once.</summary>
public class NoticeKindsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<PostingResult> EarnAsync(int member, int points) => app.ServiceAsync<PointsLedger, PostingResult>(l =>
        l.PostAsync(Posting.Earn(member, points, "test", Guid.NewGuid().ToString("N"), LedgerReasons.Sale, "x"), default));

    private async Task<int> StoreOfOwnAsync(params int[] members) => await app.DbAsync(async db =>
    {
        var store = new Partner($"Toko {Guid.NewGuid():N}"[..14], PartnerKind.Store, $"Uji {Guid.NewGuid():N}"[..14]);
        db.Partners.Add(store);
        await db.SaveChangesAsync();
        await db.Members.Where(m => members.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.PartnerId, store.Id));
        return store.Id;
    });

    [Fact]
    public async Task Earnings_on_one_day_add_up_in_one_notice_that_is_unread_again_after_each()
    {
        var member = await app.NewStaffAsync(0);
        await EarnAsync(member, 150);
        await app.ServiceAsync<Notifier, int>(n => n.MarkReadAsync(member, default));
        await EarnAsync(member, 300);

        var notices = await app.DbAsync(db => db.Notifications.Where(n => n.MemberId == member && n.TextKey == "Notify.EarnedToday").ToListAsync());
        notices.Count.ShouldBe(1);
        notices[0].Args.ShouldBe("450");
        notices[0].ReadAt.ShouldBeNull();
        notices[0].Link.ShouldBe("/Ledger");
    }

    [Fact]
    public async Task A_colleague_who_is_passed_on_this_weeks_board_hears_who_passed_them_once_a_day()
    {
        var ahead = await app.NewStaffAsync(0);
        var chaser = await app.NewStaffAsync(0);
        var far = await app.NewStaffAsync(0);
        await StoreOfOwnAsync(ahead, chaser, far);
        await EarnAsync(far, 5_000);
        await EarnAsync(ahead, 500);
        await app.DbAsync(db => db.Members.Where(m => m.Id == chaser).ExecuteUpdateAsync(s => s.SetProperty(m => m.DisplayName, "Budi Pengejar")));

        await EarnAsync(chaser, 600);
        await EarnAsync(chaser, 10);

        var notices = await app.DbAsync(db => db.Notifications.Where(n => n.TextKey == "Notify.Overtaken" && (n.MemberId == ahead || n.MemberId == far)).ToListAsync());
        notices.Select(n => n.MemberId).ShouldBe([ahead]);
        notices[0].Args.ShouldBe("Budi Pengejar");
        notices[0].Link.ShouldBe("/Leaderboards");
    }

    [Fact]
    public async Task A_published_contest_reaches_its_segment_in_the_app_and_by_email_unless_launch_mail_is_off()
    {
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var inside = await app.NewStaffAsync(0);
        var quiet = await app.NewStaffAsync(0);
        var outside = await app.NewStaffAsync(0);
        var store = await StoreOfOwnAsync(inside, quiet);
        var region = await app.DbAsync(db => db.Partners.Where(p => p.Id == store).Select(p => p.Region).SingleAsync());
        await app.ServiceAsync<MailPreferences, bool>(p => p.SetAsync(quiet, MailKind.Launches, false, default));
        var today = app.Today;
        var saved = await app.ServiceAsync<ContestService, Core.Common.Saved>(c => c.CreateAsync(marketer,
            new ContestInput("Kontes Desember", "Jual paling banyak", ContestMetric.Points, ContestScope.Individual, null, today, today.AddDays(20), false, "750,300",
                PartnerKind.Store, region), default));

        await app.ServiceAsync<ContestService, bool>(async c => { await c.PublishAsync(marketer, saved.Id, default); return true; });

        var noticed = await app.DbAsync(db => db.Notifications.Where(n => n.TextKey == "Notify.ContestLaunched" && n.Link == $"/Contests/{saved.Id}").Select(n => n.MemberId).ToListAsync());
        noticed.Order().ShouldBe([.. new[] { inside, quiet }.Order()]);
        noticed.ShouldNotContain(outside);
        var mailed = await app.DbAsync(db => db.OutboxMessages.Where(o => o.Template == EmailTemplates.ContestLaunch && o.DedupKey.StartsWith($"contest-mail:{saved.Id}:"))
            .Select(o => o.MemberId).ToListAsync());
        mailed.ShouldBe([inside]);
    }

    [Fact]
    public async Task Every_notification_a_busy_clerk_gets_opens_a_page_that_exists_for_them()
    {
        var (clerk, member) = await app.SignInNewStaffAsync(0);
        var rival = await app.NewStaffAsync(0);
        await StoreOfOwnAsync(member, rival);
        await EarnAsync(member, 500);
        await EarnAsync(rival, 600);
        var challenge = await Challenges.ChallengeContract.LaunchAsync(app, Challenges.ChallengeContract.SellUnits(target: 3, points: 100));
        var broadcast = await app.ServiceAsync<Broadcasts, Core.Common.Saved>(b => b.ScheduleAsync(1,
            new BroadcastInput("Info", "Isi", "/Rewards", null, null, null, null, null, null), default));
        await app.ServiceAsync<Broadcasts, int>(b => b.DeliverDueAsync(default));

        var links = await app.DbAsync(db => db.Notifications.Where(n => n.MemberId == member).Select(n => new { n.TextKey, n.Link }).ToListAsync());

        links.Select(l => l.TextKey).ShouldBe(["Notify.EarnedToday", "Notify.Overtaken", "Notify.ChallengeLaunched", "Notify.Announcement"], ignoreOrder: true);
        foreach (var link in links)
        {
            link.Link.ShouldNotBeNull(link.TextKey);
            var response = await clerk.Client.GetAsync(link.Link);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{link.TextKey} -> {link.Link}");
        }
        links.ShouldContain(l => l.Link == $"/Challenges/{challenge}");
        links.ShouldContain(l => l.Link == $"/Announcements/{broadcast.Id}");
    }
}

/// <summary>Moves the clock weeks ahead, so it has an app of its own.</summary>
public class ReactivationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<PostingResult> EarnAsync(int member, int points) => app.ServiceAsync<PointsLedger, PostingResult>(l =>
        l.PostAsync(Posting.Earn(member, points, "test", Guid.NewGuid().ToString("N"), LedgerReasons.Sale, "x"), default));

    [Fact]
    public async Task A_member_dormant_for_thirty_days_gets_one_reactivation_email_per_dormant_spell()
    {
        var sleeper = await app.NewStaffAsync(800);
        var quiet = await app.NewStaffAsync(0);
        await app.ServiceAsync<MailPreferences, bool>(p => p.SetAsync(quiet, MailKind.Reactivation, false, default));
        app.Clock.Advance(TimeSpan.FromDays(45));
        var active = await app.NewStaffAsync(100);

        await Task.WhenAll(Task.Run(() => app.ServiceAsync<Reactivation, int>(r => r.RunAsync(default))), Task.Run(() => app.ServiceAsync<Reactivation, int>(r => r.RunAsync(default))));
        await app.ServiceAsync<Reactivation, int>(r => r.RunAsync(default));

        int[] Of(IEnumerable<int?> ids) => [.. ids.Where(i => i == sleeper || i == quiet || i == active).Select(i => i!.Value)];
        var mails = await app.DbAsync(db => db.OutboxMessages.Where(o => o.Template == EmailTemplates.Reactivation).Select(o => o.MemberId).ToListAsync());
        Of(mails).ShouldBe([sleeper]);
        var payload = await app.DbAsync(db => db.OutboxMessages.Where(o => o.Template == EmailTemplates.Reactivation && o.MemberId == sleeper).Select(o => o.PayloadJson).SingleAsync());
        payload.ShouldContain("\"Balance\":800");

        // They come back, then drift away again: a new spell, a new email.
        await EarnAsync(sleeper, 10);
        app.Clock.Advance(TimeSpan.FromDays(31));
        await app.ServiceAsync<Reactivation, int>(r => r.RunAsync(default));
        mails = await app.DbAsync(db => db.OutboxMessages.Where(o => o.Template == EmailTemplates.Reactivation).Select(o => o.MemberId).ToListAsync());
        Of(mails).Count(m => m == sleeper).ShouldBe(2);
    }
}
