using System.Text.Json;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Core.Tiers;
using LoyaltyArena.IntegrationTests.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Email;

/// <summary>Every kind of email as a member's mail client receives it from a real SMTP server, sent through MailKit.</summary>
public sealed class EmailDeliveryTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly SmtpApp _app;

    public EmailDeliveryTests() => _app = new SmtpApp(_smtp.Port);

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        await ((IAsyncLifetime)_app).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        _smtp.Dispose();
    }

    private Task<OutboxMessage> QueueAsync(string template, string language, object payload) => _app.DbAsync(async db =>
    {
        var message = OutboxMessage.Email(template, $"{Guid.NewGuid():N}@test.local", language, JsonSerializer.Serialize(payload), Guid.NewGuid().ToString("N"), DateTime.UtcNow);
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message;
    });

    public static TheoryData<string, string, string> Kinds => new()
    {
        { "receipt", "id", "Bukti penukaran: Pulsa Rp25.000" },
        { "receipt", "en", "Your reward: Pulsa Rp25.000" },
        { "paid", "id", "Cashback e-wallet Rp20.000 sudah dibayar" },
        { "paid", "en", "Cashback e-wallet Rp20.000 has been paid" },
        { "shipped", "id", "Tumbler Arena sudah dikirim" },
        { "shipped", "en", "Tumbler Arena has shipped" },
        { "tier-up", "id", "Kamu naik ke tier Gold" },
        { "tier-up", "en", "You reached the Gold tier" },
        { "tier-down", "id", "Tier kamu berubah menjadi Silver" },
        { "tier-down", "en", "Your tier changed to Silver" },
        { "expiry", "id", "1.500 poin akan hangus pada" },
        { "expiry", "en", "1,500 points expire on" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_of_email_arrives_with_its_own_subject_in_the_members_language_as_text_and_html(string kind, string language, string subject)
    {
        var name = $"Sari {Guid.NewGuid():N}"[..16];
        var (template, payload) = kind switch
        {
            "receipt" => (EmailTemplates.RedemptionReceipt, (object)new RedemptionReceipt(name, "Pulsa Rp25.000", "PLS25-TEST", 2_500, 500, 25_000, DateTime.UtcNow)),
            "paid" => (EmailTemplates.FulfilmentUpdate, new FulfilmentUpdateEmail(name, "Cashback e-wallet Rp20.000", FulfilmentStage.Paid, "TRF-1", null, "OVO 0812•••••890", 1)),
            "shipped" => (EmailTemplates.FulfilmentUpdate, new FulfilmentUpdateEmail(name, "Tumbler Arena", FulfilmentStage.Shipped, "JNE123", "JNE", null, 2)),
            "tier-up" => (EmailTemplates.TierChanged, new TierChangedEmail(name, "Gold", "Bonus 50%", true)),
            "tier-down" => (EmailTemplates.TierChanged, new TierChangedEmail(name, "Silver", "Bonus 20%", false)),
            _ => (EmailTemplates.ExpiryReminder, new ExpiryReminderEmail(name, 1_500, DateTime.UtcNow.AddDays(7), 7)),
        };

        var queued = await QueueAsync(template, language, payload);
        var received = (await _smtp.WaitForMimeAsync(name, TimeSpan.FromSeconds(15))).Single();

        received.Subject.ShouldStartWith(subject);
        received.From.Mailboxes.Single().Address.ShouldBe(SmtpApp.FromAddress);
        received.MessageId.ShouldBe($"outbox-{queued.Id}.{queued.CreatedAt.Ticks}@loyaltyarena.test");
        received.TextBody!.ShouldContain(name);
        received.TextBody!.ShouldNotContain("<");
        received.HtmlBody!.ShouldContain(name);
        received.Body!.ContentType.MimeType.ShouldBe("multipart/alternative");
    }

    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in EmailTemplates.All)
            foreach (var language in new[] { "id", "en" }) data.Add(template, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Each_email_kind_reaches_a_real_mail_server_in_both_languages_and_marketing_mail_carries_one_click_unsubscribe(string template, string language)
    {
        var name = $"Rina {Guid.NewGuid():N}"[..16];
        var payload = Web.Email.EmailSamples.For(template, DateTime.UtcNow, name: name, memberId: 1);
        var rendered = await _app.ServiceAsync<Web.Email.EmailRenderer, Web.Email.RenderedEmail>(r => r.RenderAsync(template, payload, language));
        var other = await _app.ServiceAsync<Web.Email.EmailRenderer, Web.Email.RenderedEmail>(r => r.RenderAsync(template, payload, language == "id" ? "en" : "id"));

        await QueueAsync(template, language, payload);
        var received = (await _smtp.WaitForMimeAsync(name, TimeSpan.FromSeconds(15))).Single();

        received.Subject.ShouldBe(rendered.Subject);
        received.Subject.ShouldNotBeNullOrWhiteSpace();
        if (template != EmailTemplates.Announcement) other.Text.ShouldNotBe(rendered.Text, "the two languages read differently");
        received.Body!.ContentType.MimeType.ShouldBe("multipart/alternative");
        received.TextBody!.ShouldContain(name);
        received.TextBody!.ShouldNotContain("<");
        received.HtmlBody!.ShouldContain(name);
        received.HtmlBody!.ShouldContain("#0b5d4b", customMessage: "the program's colour");
        var marketing = payload is IMarketingEmail;
        received.Headers["List-Unsubscribe-Post"].ShouldBe(marketing ? "List-Unsubscribe=One-Click" : null);
        if (!marketing) received.Headers["List-Unsubscribe"].ShouldBeNull();
        else
        {
            // The link in the header is the one in the footer, and it is the signed one-click link.
            var header = received.Headers["List-Unsubscribe"]!;
            header.ShouldStartWith("<http://localhost:5080/Unsubscribe?t=");
            received.TextBody!.ShouldContain(header.Trim('<', '>'));
        }
    }

    [Fact]
    public async Task A_message_sent_just_before_a_crash_is_sent_again_once_with_the_same_id_and_holds_back_no_other()
    {
        var crashed = await _app.DbAsync(async db =>
        {
            var message = OutboxMessage.Email(EmailTemplates.TierChanged, "crash@test.local", "id",
                JsonSerializer.Serialize(new TierChangedEmail("Crash Test", "Gold", "-", true)), Guid.NewGuid().ToString("N"), DateTime.UtcNow.AddMinutes(5));
            db.OutboxMessages.Add(message); // due in five minutes, so the dispatcher leaves it to the "crashed" instance below
            await db.SaveChangesAsync();
            return message;
        });
        // The other instance: it leased the message, handed it to the SMTP server, and died before recording "sent".
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var lease = _app.Services.GetRequiredService<OutboxOptions>().Lease;
        await _app.DbAsync(db => db.OutboxMessages.Where(m => m.Id == crashed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.LockedUntil, now + lease)));
        var messageId = $"outbox-{crashed.Id}.{crashed.CreatedAt.Ticks}@loyaltyarena.test";
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", _smtp.Port, SecureSocketOptions.None);
            var mime = new MimeKit.MimeMessage { Subject = "first try", MessageId = messageId, Body = new MimeKit.TextPart("plain") { Text = "Crash Test" } };
            mime.From.Add(MimeKit.MailboxAddress.Parse(SmtpApp.FromAddress));
            mime.To.Add(MimeKit.MailboxAddress.Parse("crash@test.local"));
            await client.SendAsync(mime);
            await client.DisconnectAsync(true);
        }

        await QueueAsync(EmailTemplates.TierChanged, "id", new TierChangedEmail("Other One", "Gold", "-", true));
        await QueueAsync(EmailTemplates.TierChanged, "id", new TierChangedEmail("Other Two", "Gold", "-", true));
        await _smtp.WaitForMimeAsync("Other One", TimeSpan.FromSeconds(5));
        await _smtp.WaitForMimeAsync("Other Two", TimeSpan.FromSeconds(5));
        _smtp.MimeMessages().Count(m => m.MessageId == messageId).ShouldBe(1);

        _app.Clock.Advance(lease + TimeSpan.FromSeconds(1));
        var copies = await _smtp.WaitForMimeAsync("Crash Test", TimeSpan.FromSeconds(10), count: 2);
        await Task.Delay(1_500); // time for a third copy, if the dispatcher were to send one
        copies = _smtp.MimeMessages().Where(m => (m.TextBody ?? "").Contains("Crash Test", StringComparison.Ordinal)).ToList();
        copies.Count.ShouldBe(2);
        copies.ShouldAllBe(m => m.MessageId == messageId);
    }
}
