using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Email;

/// <summary>Receipts travel through a real SMTP server (aiosmtpd) on 127.0.0.1.</summary>
public sealed class ReceiptEmailTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly SmtpApp _app;

    public ReceiptEmailTests() => _app = new SmtpApp(_smtp.Port);

    public async Task InitializeAsync() => await ((IAsyncLifetime)_app).InitializeAsync();

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        _smtp.Dispose();
    }

    private async Task<RedeemOutcome> RedeemPulsaAsync()
    {
        var member = await _app.NewStaffAsync(2_500);
        var pulsa = await _app.DbAsync(db => db.Rewards.Where(r => r.Name == "Pulsa Rp25.000").Select(r => r.Id).SingleAsync());
        return await _app.ServiceAsync<RedemptionService, RedeemOutcome>(s => s.RedeemAsync(member, pulsa, Guid.NewGuid().ToString("N"), default));
    }

    [Fact]
    public async Task The_receipt_with_the_voucher_code_arrives_by_email()
    {
        await _smtp.StartAsync();

        var outcome = await RedeemPulsaAsync();
        var message = await _smtp.WaitForMessageContainingAsync(outcome.Code!, TimeSpan.FromSeconds(15));

        message.ShouldContain("hadiah@loyaltyarena.test");
        message.ShouldContain("Hadiahmu sudah siap");
        var marked = DateTime.UtcNow.AddSeconds(10);
        while ((await _app.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PayloadJson.Contains(outcome.Code!)))).SentAt is null && DateTime.UtcNow < marked)
            await Task.Delay(100);
        (await _app.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PayloadJson.Contains(outcome.Code!)))).SentAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_member_is_emailed_the_tracking_number_when_the_parcel_ships()
    {
        await _smtp.StartAsync();
        var member = await _app.NewStaffAsync(4_000);
        var marketer = await _app.MemberIdAsync(DemoProgram.MarketerEmail);
        var tumbler = await _app.DbAsync(db => db.Rewards.Where(r => r.Name == "Tumbler Arena 500 ml").Select(r => r.Id).SingleAsync());
        var parcel = await _app.ServiceAsync<RedemptionService, RedeemOutcome>(s => s.RedeemAsync(member, tumbler, Guid.NewGuid().ToString("N"),
            new RedeemDetails(Shipping: new ShippingDetails("Test Staff", "0812 1111 2222", "Jl. Braga No. 9, RT 01/RW 02", "Bandung", "40111")), default));

        await _app.ServiceAsync<FulfilmentService, StepStatus>(s => s.MoveAsync(marketer, parcel.RedemptionId!.Value, FulfilmentStage.Shipped, "SCP123456789", "SiCepat", default));

        var message = await _smtp.WaitForMessageContainingAsync("SCP123456789", TimeSpan.FromSeconds(15));
        message.ShouldContain("SiCepat");
    }

    [Fact]
    public async Task With_the_mail_server_down_the_receipt_stays_queued_and_is_delivered_once_it_is_back()
    {
        var outcome = await RedeemPulsaAsync();
        async Task<OutboxMessage> Receipt() => await _app.DbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PayloadJson.Contains(outcome.Code!)));

        var until = DateTime.UtcNow.AddSeconds(15);
        while ((await Receipt()).Attempts < 2 && DateTime.UtcNow < until) await Task.Delay(200);
        var queued = await Receipt();
        queued.SentAt.ShouldBeNull();
        queued.Attempts.ShouldBeGreaterThanOrEqualTo(2);
        queued.LastError.ShouldNotBeNullOrEmpty();

        await _smtp.StartAsync();
        await _smtp.WaitForMessageContainingAsync(outcome.Code!, TimeSpan.FromSeconds(20));

        // The server has the message before the dispatcher records it as sent.
        var marked = DateTime.UtcNow.AddSeconds(10);
        while ((await Receipt()).SentAt is null && DateTime.UtcNow < marked) await Task.Delay(100);
        (await Receipt()).SentAt.ShouldNotBeNull();
        _smtp.Messages().Count(m => m.Contains(outcome.Code!)).ShouldBe(1);
    }
}

public sealed class PickupFolderTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_an_SMTP_host_mail_is_written_as_eml_files()
    {
        var member = await app.NewStaffAsync(2_500);
        var pulsa = await app.DbAsync(db => db.Rewards.Where(r => r.Name == "Pulsa Rp25.000").Select(r => r.Id).SingleAsync());
        var outcome = await app.ServiceAsync<RedemptionService, RedeemOutcome>(s => s.RedeemAsync(member, pulsa, "pickup", default));

        var until = DateTime.UtcNow.AddSeconds(15);
        string? found = null;
        while (found is null && DateTime.UtcNow < until)
        {
            found = Directory.Exists(app.MailFolder)
                ? Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText)
                    .Select(t => System.Text.RegularExpressions.Regex.Replace(t, "=\r?\n", ""))
                    .FirstOrDefault(t => t.Contains(outcome.Code!))
                : null;
            if (found is null) await Task.Delay(200);
        }

        found.ShouldNotBeNull("an .eml file with the voucher code");
        found.ShouldContain("Subject:");
    }
}
