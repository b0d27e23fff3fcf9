using System.Net;
using System.Text.Json;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Notifications;

/// <summary>Studio's mail log and template previews.</summary>
public class MailLogTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_template_previews_in_both_languages_and_as_plain_text_with_nothing_that_can_run()
    {
        var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        foreach (var template in EmailTemplates.All)
        {
            var id = await marketer.Client.GetAsync($"/Studio/Mail/Preview?template={template}&lang=id");
            var en = await marketer.Client.GetAsync($"/Studio/Mail/Preview?template={template}&lang=en");
            var text = await marketer.Client.GetStringAsync($"/Studio/Mail/Preview?template={template}&lang=id&part=text");

            id.StatusCode.ShouldBe(HttpStatusCode.OK, template);
            id.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("sandbox");
            (await id.Content.ReadAsStringAsync()).ShouldContain("Sari Wulandari");
            (await en.Content.ReadAsStringAsync()).ShouldNotBe(await id.Content.ReadAsStringAsync());
            text.ShouldStartWith("Subject: ");
            text.ShouldNotContain("<p>");
        }
        (await marketer.Client.GetAsync("/Studio/Mail/Preview?template=Nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_failing_email_shows_its_error_and_is_retried_now_from_the_log_filtered_by_member()
    {
        var member = await app.NewStaffAsync(0);
        var email = await app.DbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Email!).SingleAsync());
        var failing = await app.DbAsync(async db =>
        {
            var message = OutboxMessage.Email(EmailTemplates.TierChanged, email, "id", JsonSerializer.Serialize(new Core.Tiers.TierChangedEmail("Uji Log", "Gold", "-", true)),
                Guid.NewGuid().ToString("N"), DateTime.UtcNow);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
        var later = DateTime.UtcNow.AddHours(1);
        await app.DbAsync(db => db.OutboxMessages.Where(m => m.Id == failing).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LastError, "5.7.1 Relay access denied").SetProperty(m => m.Attempts, 3).SetProperty(m => m.NextAttemptAt, later)));
        var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);

        var log = await marketer.GetDocumentAsync($"/Studio/Mail?State=Failing&Who={Uri.EscapeDataString(email)}");
        log.QuerySelectorAll("[data-testid=mail]").Length.ShouldBe(1);
        log.QuerySelector("[data-testid=mail-error]")!.TextContent.ShouldBe("5.7.1 Relay access denied");
        var retry = log.QuerySelector("[data-testid=mail] form")!.GetAttribute("action")!;
        (await marketer.PostFormAsync(retry, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var sent = await app.DbAsync(async db =>
        {
            for (var i = 0; i < 50 && await db.OutboxMessages.AnyAsync(m => m.Id == failing && m.SentAt == null); i++) await Task.Delay(100);
            return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == failing);
        });
        sent.SentAt.ShouldNotBeNull("the retry sent it without waiting an hour");
        sent.LastError.ShouldBeNull();
        (await marketer.GetDocumentAsync($"/Studio/Mail?Kind=TierChanged&Who={Uri.EscapeDataString(email)}"))
            .QuerySelector("[data-testid=mail] .pill")!.TextContent.ShouldBe("Terkirim");
    }
}
