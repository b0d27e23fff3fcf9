using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Notifications;

/// <summary>Broadcasts on both engines: exactly the segment, once each, however many passes deliver at the same moment.</summary>
public abstract class BroadcastContract(ArenaApp app)
{
    /// <summary>Members in a region of their own, so the demo's members never fall in the segment by accident.</summary>
    private async Task<(string Region, int Store, int Retailer)> RegionAsync() => await app.DbAsync(async db =>
    {
        var region = $"Uji {Guid.NewGuid():N}"[..16];
        var store = new Partner($"Toko {region}", PartnerKind.Store, region);
        var retailer = new Partner($"Ritel {region}", PartnerKind.Retailer, region);
        db.Partners.AddRange(store, retailer);
        await db.SaveChangesAsync();
        return (region, store.Id, retailer.Id);
    });

    private async Task<int> MemberAsync(int partnerId, int points, bool dormant = false)
    {
        var id = await app.NewStaffAsync(points);
        var created = dormant ? app.Clock.GetUtcNow().UtcDateTime.AddDays(-60) : app.Clock.GetUtcNow().UtcDateTime;
        await app.DbAsync(db => db.Members.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PartnerId, partnerId).SetProperty(m => m.CreatedAt, created)));
        return id;
    }

    private Task<int> ScheduleAsync(BroadcastInput input) =>
        app.ServiceAsync<Broadcasts, int>(async b => (await b.ScheduleAsync(1, input, default)).Id);

    private Task<List<int>> ReachedAsync(int broadcast) =>
        app.DbAsync(db => db.Notifications.Where(n => n.DedupKey!.StartsWith(Broadcast.NoticePrefix(broadcast))).Select(n => n.MemberId).OrderBy(m => m).ToListAsync());

    [Fact]
    public async Task A_broadcast_reaches_exactly_its_segment_once_even_when_two_passes_deliver_it_at_once()
    {
        var (region, store, retailer) = await RegionAsync();
        var active = await MemberAsync(store, 100);
        var dormant = await MemberAsync(store, 0, dormant: true);
        var otherKind = await MemberAsync(retailer, 100);
        var otherRegion = await app.NewStaffAsync(100);
        var input = new BroadcastInput("Produk baru", "Mulai **besok**.", "/Rewards", PartnerKind.Store, region, null, null, null, null);

        var preview = await app.ServiceAsync<Broadcasts, BroadcastAudience>(b => b.AudienceAsync(input, default));
        var id = await ScheduleAsync(input);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => app.ServiceAsync<Broadcasts, int>(b => b.DeliverDueAsync(default)))));
        await app.ServiceAsync<Broadcasts, int>(b => b.DeliverDueAsync(default));

        preview.ShouldBe(new BroadcastAudience(2, 2));
        (await ReachedAsync(id)).ShouldBe([.. new[] { active, dormant }.Order()]);
        (await app.DbAsync(db => db.OutboxMessages.Where(o => o.DedupKey.StartsWith(Broadcast.MailPrefix(id))).Select(o => o.MemberId).ToListAsync()))
            .Order().ShouldBe([.. new int?[] { active, dormant }.Order()]);
        var sent = await app.DbAsync(db => db.Broadcasts.SingleAsync(b => b.Id == id));
        (sent.SentAt, sent.Recipients, sent.Emails).ShouldBe((sent.SentAt, 2, 2));
        sent.SentAt.ShouldNotBeNull();
        (await ReachedAsync(id)).ShouldNotContain(otherKind);
        (await ReachedAsync(id)).ShouldNotContain(otherRegion);
    }

    [Fact]
    public async Task Only_dormant_members_hear_from_a_broadcast_for_the_dormant_and_the_unsubscribed_get_it_in_the_app_only()
    {
        var (region, store, _) = await RegionAsync();
        var active = await MemberAsync(store, 100);
        var dormant = await MemberAsync(store, 0, dormant: true);
        var quiet = await MemberAsync(store, 0, dormant: true);
        await app.ServiceAsync<MailPreferences, bool>(p => p.SetAsync(quiet, MailKind.Announcements, false, default));

        var id = await ScheduleAsync(new BroadcastInput("Kami kangen", "Ada tantangan baru.", null, null, region, null, null, Activity.Dormant, null));
        await app.ServiceAsync<Broadcasts, int>(b => b.DeliverDueAsync(default));

        (await ReachedAsync(id)).ShouldBe([.. new[] { dormant, quiet }.Order()]);
        (await app.DbAsync(db => db.OutboxMessages.Where(o => o.DedupKey.StartsWith(Broadcast.MailPrefix(id))).Select(o => o.MemberId).ToListAsync())).ShouldBe([dormant]);
        (await ReachedAsync(id)).ShouldNotContain(active);
    }

    [Fact]
    public async Task A_scheduled_broadcast_waits_for_its_time_and_can_be_cancelled_before_it()
    {
        var (region, store, _) = await RegionAsync();
        var member = await MemberAsync(store, 100);
        var later = app.Clock.GetUtcNow().UtcDateTime.AddHours(2);
        var kept = await ScheduleAsync(new BroadcastInput("Nanti sore", "Isi.", null, null, region, null, null, null, later));
        var cancelled = await ScheduleAsync(new BroadcastInput("Batal", "Isi.", null, null, region, null, null, null, later));

        await app.ServiceAsync<Broadcasts, int>(b => b.DeliverDueAsync(default));
        (await ReachedAsync(kept)).ShouldBeEmpty();
        (await app.ServiceAsync<Broadcasts, bool>(b => b.CancelAsync(1, cancelled, default))).ShouldBeTrue();
        app.Clock.Advance(TimeSpan.FromHours(3));
        await app.ServiceAsync<Broadcasts, int>(b => b.DeliverDueAsync(default));

        (await ReachedAsync(kept)).ShouldBe([member]);
        (await ReachedAsync(cancelled)).ShouldBeEmpty();
        (await app.ServiceAsync<Broadcasts, bool>(b => b.CancelAsync(1, kept, default))).ShouldBeFalse();
    }
}

public class SqliteBroadcastTests(SqliteApp app) : BroadcastContract(app), IClassFixture<SqliteApp>;

public class PostgresBroadcastTests(PostgresApp app) : BroadcastContract(app), IClassFixture<PostgresApp>;

/// <summary>The Studio page and what a member sees: a preview before sending, the announcement itself, and nobody else's.</summary>
public class BroadcastPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_marketer_previews_the_audience_then_sends_and_the_member_opens_it_from_the_bell_with_a_whatsapp_link()
    {
        var (clerk, member) = await app.SignInNewStaffAsync(100);
        var (outsider, _) = await app.SignInNewStaffAsync(0);
        await app.DbAsync(db => db.Members.Where(m => m.Id != member && m.Email!.StartsWith("t") && m.Email.EndsWith("@test.local"))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CreatedAt, DateTime.UtcNow.AddDays(-90)).SetProperty(m => m.LastSignInAt, DateTime.UtcNow.AddDays(-90))));
        var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Broadcasts");
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "Stok baru datang", ["Input.Body"] = "Cek **modul** terbaru.\n\n<script>alert(1)</script>", ["Input.Link"] = "/Rewards",
            ["Input.Activity"] = "Active",
        };

        var preview = await marketer.PostFormAsync("/Studio/Broadcasts?handler=Preview", form);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await preview.Content.ReadAsStringAsync());
        page.QuerySelector("[data-testid=audience]")!.TextContent.ShouldStartWith("Menjangkau");
        page.QuerySelector("[data-testid=broadcast-preview] strong")!.TextContent.ShouldBe("modul");
        page.QuerySelector("[data-testid=broadcast-preview] script").ShouldBeNull();
        (await marketer.PostFormAsync("/Studio/Broadcasts?handler=Send", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.ServiceAsync<Broadcasts, int>(b => b.DeliverDueAsync(default));

        var notice = await app.DbAsync(db => db.Notifications.SingleAsync(n => n.MemberId == member && n.TextKey == "Notify.Announcement"));
        var opened = await clerk.Client.GetAsync($"/Notifications?handler=Open&id={notice.Id}");
        opened.Headers.Location!.OriginalString.ShouldBe(notice.Link);
        var announcement = await clerk.GetDocumentAsync(notice.Link!);
        announcement.QuerySelector("h1")!.TextContent.ShouldBe("Stok baru datang");
        announcement.QuerySelector("[data-testid=whatsapp]")!.GetAttribute("href")!.ShouldStartWith("https://wa.me/?text=");
        (await outsider.Client.GetAsync(notice.Link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await marketer.GetDocumentAsync("/Studio/Broadcasts")).QuerySelector("[data-testid=broadcast-stats]")!.TextContent.ShouldContain("1 dibuka");
    }

    [Fact]
    public async Task A_broadcast_without_a_title_or_with_an_outside_link_is_refused_and_nothing_is_sent()
    {
        var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Broadcasts");
        var before = await app.DbAsync(db => db.Broadcasts.CountAsync());

        var response = await marketer.PostFormAsync("/Studio/Broadcasts?handler=Send",
            new() { ["Input.Title"] = "", ["Input.Body"] = "Isi", ["Input.Link"] = "https://evil.example/x" });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Tulis judul pengumuman");
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Pilih tautan dari daftar");
        (await app.DbAsync(db => db.Broadcasts.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Store_staff_cannot_reach_the_broadcast_studio()
    {
        var (clerk, _) = await app.SignInNewStaffAsync(0);
        (await clerk.Client.GetAsync("/Studio/Broadcasts")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await clerk.Client.GetAsync("/Studio/Mail")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }
}
