using System.Net;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.IntegrationTests.Infrastructure;
using LoyaltyArena.Web.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Notifications;

/// <summary>The weekly digest on both engines: once per member per week, however many runs overlap.</summary>
public abstract class DigestContract(ArenaApp app)
{
    [Fact]
    public async Task Two_digest_runs_at_the_same_moment_queue_one_digest_per_member_for_the_week()
    {
        var member = await app.NewStaffAsync(300);
        var week = app.Services.GetRequiredService<ProgramCalendar>().WeekKey(app.Clock.GetUtcNow().UtcDateTime);

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => app.ServiceAsync<WeeklyDigest, int>(d => d.RunAsync(force: true, default)))));
        await app.ServiceAsync<WeeklyDigest, int>(d => d.RunAsync(force: true, default));

        (await app.DbAsync(db => db.OutboxMessages.CountAsync(o => o.DedupKey == $"digest:{member}:{week}"))).ShouldBe(1);
    }
}

public class SqliteDigestTests(SqliteApp app) : DigestContract(app), IClassFixture<SqliteApp>;

public class PostgresDigestTests(PostgresApp app) : DigestContract(app), IClassFixture<PostgresApp>;

public class UnsubscribeTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private string UrlFor(int member) => app.Services.GetRequiredService<Unsubscribes>().UrlFor(member, MailKind.Digest);

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    private Task<string> EmailOfAsync(int member) => app.DbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Email!).SingleAsync());

    [Fact]
    public async Task The_digest_carries_a_one_click_unsubscribe_that_works_without_sign_in_once_and_stops_the_next_digest_but_not_receipts()
    {
        var member = await app.NewStaffAsync(2_500);
        await app.ServiceAsync<WeeklyDigest, int>(d => d.RunAsync(force: true, default));
        var mail = await MailAsync(await EmailOfAsync(member), "Minggu ini di program");
        var header = mail.Headers["List-Unsubscribe"];
        header.ShouldStartWith("<");
        mail.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        var link = PathOf(header.Trim('<', '>'));

        using var stranger = app.Anonymous();
        (await stranger.GetHtmlAsync(link)).ShouldContain("Berhenti menerima email ringkasan mingguan?");
        // What a mail client's unsubscribe button sends (RFC 8058): a POST with no session and no form token.
        using var oneClick = await stranger.Client.PostAsync(link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        oneClick.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await oneClick.Content.ReadAsStringAsync()).ShouldContain("Kamu tidak akan menerima email ringkasan mingguan lagi");
        using var again = await stranger.Client.PostAsync(link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("sudah berhenti");

        (await app.ServiceAsync<MailPreferences, bool>(p => p.WantsAsync(member, MailKind.Digest, default))).ShouldBeFalse();
        app.Clock.Advance(TimeSpan.FromDays(7));
        try
        {
            await app.ServiceAsync<WeeklyDigest, int>(d => d.RunAsync(force: true, default));
            (await app.DbAsync(db => db.OutboxMessages.CountAsync(o => o.Template == EmailTemplates.WeeklyDigest && o.DedupKey!.StartsWith($"digest:{member}:")))).ShouldBe(1, "only last week's");
            var pulsa = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Pulsa Rp25.000").Select(r => r.Id).SingleAsync());
            var outcome = await app.ServiceAsync<RedemptionService, RedeemOutcome>(s => s.RedeemAsync(member, pulsa, Guid.NewGuid().ToString("N"), default));
            (await MailAsync(await EmailOfAsync(member), outcome.Code!)).Headers.Contains("List-Unsubscribe").ShouldBeFalse("a receipt always goes and has nothing to unsubscribe from");
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-7));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("forged")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_or_altered_link_is_refused_and_changes_nothing(string token)
    {
        using var stranger = app.Anonymous();
        var before = await app.DbAsync(db => db.MailPreferences.CountAsync());

        using var response = await stranger.Client.PostAsync($"/Unsubscribe?t={Uri.EscapeDataString(token)}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Tautan ini tidak valid");
        (await app.DbAsync(db => db.MailPreferences.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_member_turns_marketing_email_off_and_on_in_their_preferences()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        await session.GetHtmlAsync("/Account/Preferences");

        (await session.PostFormAsync("/Account/Preferences", [], extra: [new("email", "Launches"), new("email", "Announcements")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var choices = await app.ServiceAsync<MailPreferences, IReadOnlyDictionary<MailKind, bool>>(p => p.ForMemberAsync(member, default));
        choices[MailKind.Digest].ShouldBeFalse();
        choices[MailKind.Launches].ShouldBeTrue();
        (await session.GetDocumentAsync("/Account/Preferences")).QuerySelector("#mail-Digest")!.HasAttribute("checked").ShouldBeFalse();
    }

    private async Task<MimeKit.MimeMessage> MailAsync(string recipient, string contains)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = Directory.Exists(app.MailFolder)
                ? Directory.GetFiles(app.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                    .FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address.Equals(recipient, StringComparison.OrdinalIgnoreCase)) && (m.TextBody ?? "").Contains(contains, StringComparison.Ordinal))
                : null;
            if (found is not null) return found;
            if (DateTime.UtcNow > until) throw new TimeoutException($"No email to {recipient} containing '{contains}'.");
            await Task.Delay(150);
        }
    }
}
