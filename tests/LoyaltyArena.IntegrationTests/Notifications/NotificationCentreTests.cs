using System.Net;
using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.IntegrationTests.Challenges;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Notifications;

public class NotificationCentreTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_notification_opens_what_it_is_about_and_is_read_from_then_on()
    {
        var (clerk, member) = await app.SignInNewStaffAsync(0);
        var challenge = await ChallengeContract.LaunchAsync(app, ChallengeContract.SellUnits(target: 3, points: 100));
        var notice = await app.DbAsync(db => db.Notifications.SingleAsync(n => n.MemberId == member && n.TextKey == "Notify.ChallengeLaunched"));
        notice.Link.ShouldBe($"/Challenges/{challenge}");

        var page = await clerk.GetDocumentAsync("/Notifications");
        var link = page.QuerySelector("[data-testid=notice]")!.GetAttribute("href")!;
        page.QuerySelector(".is-unread").ShouldNotBeNull();
        var opened = await clerk.Client.GetAsync(link);

        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        opened.Headers.Location!.OriginalString.ShouldBe($"/Challenges/{challenge}");
        (await app.DbAsync(db => db.Notifications.SingleAsync(n => n.Id == notice.Id))).ReadAt.ShouldNotBeNull();
        (await clerk.GetDocumentAsync("/Notifications")).QuerySelector(".is-unread").ShouldBeNull();
    }

    [Fact]
    public async Task Someone_elses_notification_cannot_be_opened_and_mark_all_read_clears_the_bell()
    {
        var (clerk, member) = await app.SignInNewStaffAsync(0);
        var (_, other) = await app.SignInNewStaffAsync(0);
        foreach (var who in new[] { member, member, other })
            await app.ServiceAsync<Notifier, bool>(n => n.NotifyAsync(who, "Notify.Approved", [], Guid.NewGuid().ToString("N"), default, "/"));
        var theirs = await app.DbAsync(db => db.Notifications.Where(n => n.MemberId == other).Select(n => n.Id).FirstAsync());

        (await clerk.Client.GetAsync($"/Notifications?handler=Open&id={theirs}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetDocumentAsync("/")).QuerySelector("[data-testid=unread]")!.TextContent.ShouldBe("2");
        await clerk.GetHtmlAsync("/Notifications");
        (await clerk.PostFormAsync("/Notifications?handler=ReadAll", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await clerk.GetDocumentAsync("/")).QuerySelector("[data-testid=unread]").ShouldBeNull();
        (await app.DbAsync(db => db.Notifications.Where(n => n.MemberId == other).AllAsync(n => n.ReadAt == null))).ShouldBeTrue();
    }

    [Fact]
    public async Task Older_notifications_are_on_the_next_page()
    {
        var (clerk, member) = await app.SignInNewStaffAsync(0);
        for (var i = 0; i < 25; i++)
            await app.ServiceAsync<Notifier, bool>(n => n.NotifyAsync(member, "Notify.Approved", [], $"page-{member}-{i}", default, "/"));

        var first = await clerk.GetDocumentAsync("/Notifications");
        var second = await clerk.GetDocumentAsync("/Notifications?p=2");

        first.QuerySelectorAll("[data-testid=notice]").Length.ShouldBe(20);
        first.Body!.TextContent.ShouldContain("Lebih lama");
        second.QuerySelectorAll("[data-testid=notice]").Length.ShouldBe(5);
    }
}
