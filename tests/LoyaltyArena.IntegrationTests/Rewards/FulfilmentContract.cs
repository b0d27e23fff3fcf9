using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Rewards;

/// <summary>Cashback, parcels and tickets from redemption to done, on both engines.</summary>
public abstract class FulfilmentContract(ArenaApp app) : IAsyncLifetime
{
    private static readonly RedeemDetails Details = new(
        new PayoutDetails(WalletProvider.DANA, "+62 857 1234 5678"),
        new ShippingDetails("Dewi Kusuma", "0812-3456-7890", "Jl. Gatot Subroto No. 8, RT 01/RW 03", "Medan", "20112"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private Task<int> NewRewardAsync(RewardCategory category, int cost = 500, int stock = 5) => app.DbAsync(async db =>
    {
        var reward = new Reward($"{category} {Guid.NewGuid():N}"[..24], "test", category, cost, stock, 50_000);
        db.Rewards.Add(reward);
        await db.SaveChangesAsync();
        return reward.Id;
    });

    private Task<RedeemOutcome> RedeemAsync(int member, int reward, RedeemDetails? details = null) =>
        app.ServiceAsync<RedemptionService, RedeemOutcome>(s => s.RedeemAsync(member, reward, Guid.NewGuid().ToString("N"), details ?? Details, default));

    private async Task<StepStatus> MoveAsync(int redemption, FulfilmentStage to, string? reference = null, string? courier = null)
    {
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        return await app.ServiceAsync<FulfilmentService, StepStatus>(s => s.MoveAsync(marketer, redemption, to, reference, courier, default));
    }

    private Task<Redemption> RedemptionAsync(int id) => app.DbAsync(db => db.Redemptions.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task Cashback_records_the_cleaned_wallet_number_and_waits_for_payment()
    {
        var member = await app.NewStaffAsync(1_000);
        var reward = await NewRewardAsync(RewardCategory.EWallet);

        var outcome = await RedeemAsync(member, reward);

        outcome.Status.ShouldBe(RedeemStatus.Redeemed);
        outcome.Code.ShouldBeNull();
        var redemption = await RedemptionAsync(outcome.RedemptionId!.Value);
        (redemption.Stage, redemption.WalletProvider, redemption.WalletNumber).ShouldBe((FulfilmentStage.PaymentPending, WalletProvider.DANA, "085712345678"));
        redemption.ShipAddress.ShouldBeNull();
        (await app.BalanceAsync(member)).ShouldBe(500);
        var receipt = await app.DbAsync(db => db.OutboxMessages.SingleAsync(m => m.DedupKey == $"redemption:{redemption.Id}"));
        receipt.PayloadJson.ShouldContain("DANA 0857");
        receipt.PayloadJson.ShouldNotContain("085712345678");
    }

    [Fact]
    public async Task A_missing_address_refuses_a_parcel_and_takes_nothing()
    {
        var member = await app.NewStaffAsync(1_000);
        var reward = await NewRewardAsync(RewardCategory.Merchandise);

        var outcome = await RedeemAsync(member, reward, new RedeemDetails(Shipping: new ShippingDetails("Dewi", "0812", "", "Medan", "2011")));

        outcome.Status.ShouldBe(RedeemStatus.DetailsInvalid);
        outcome.Problems.ShouldBe(["Fulfil.Phone", "Fulfil.Address", "Fulfil.PostalCode"]);
        (await app.BalanceAsync(member)).ShouldBe(1_000);
        (await app.DbAsync(db => db.Rewards.Where(r => r.Id == reward).Select(r => r.Stock).SingleAsync())).ShouldBe(5);
        (await app.DbAsync(db => db.Redemptions.CountAsync(r => r.MemberId == member))).ShouldBe(0);
    }

    [Fact]
    public async Task Two_marketers_marking_one_cashback_paid_at_once_record_one_reference_and_one_message()
    {
        var member = await app.NewStaffAsync(1_000);
        var redemption = (await RedeemAsync(member, await NewRewardAsync(RewardCategory.EWallet))).RedemptionId!.Value;

        var steps = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => MoveAsync(redemption, FulfilmentStage.Paid, $"TRX-{i}000"))));

        steps.Count(s => s == StepStatus.Done).ShouldBe(1);
        steps.Count(s => s == StepStatus.NotAllowed).ShouldBe(5);
        var paid = await RedemptionAsync(redemption);
        paid.Stage.ShouldBe(FulfilmentStage.Paid);
        paid.PayoutReference.ShouldStartWith("TRX-");
        paid.PaidAt.ShouldNotBeNull();
        (await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.Template == EmailTemplates.FulfilmentUpdate && m.DedupKey.StartsWith($"fulfil-email:{redemption}:")))).ShouldBe(1);
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == member && n.TextKey == "Notify.Fulfil.Paid"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_parcel_moves_ordered_packed_shipped_delivered_and_shipping_needs_a_tracking_number()
    {
        var member = await app.NewStaffAsync(1_000);
        var redemption = (await RedeemAsync(member, await NewRewardAsync(RewardCategory.Merchandise))).RedemptionId!.Value;
        (await RedemptionAsync(redemption)).Stage.ShouldBe(FulfilmentStage.Ordered);

        (await MoveAsync(redemption, FulfilmentStage.Delivered)).ShouldBe(StepStatus.NotAllowed);
        (await MoveAsync(redemption, FulfilmentStage.Packed)).ShouldBe(StepStatus.Done);
        (await MoveAsync(redemption, FulfilmentStage.Shipped, reference: "JNE123456789")).ShouldBe(StepStatus.TrackingRequired);
        (await MoveAsync(redemption, FulfilmentStage.Shipped, reference: "JNE123456789", courier: "JNE")).ShouldBe(StepStatus.Done);
        (await MoveAsync(redemption, FulfilmentStage.Delivered)).ShouldBe(StepStatus.Done);

        var done = await RedemptionAsync(redemption);
        (done.Stage, done.Courier, done.TrackingNumber).ShouldBe((FulfilmentStage.Delivered, "JNE", "JNE123456789"));
        done.Shipping!.City.ShouldBe("Medan");
        new[] { done.PackedAt, done.ShippedAt, done.DeliveredAt }.ShouldAllBe(t => t != null);
    }

    [Fact]
    public async Task A_waiting_parcel_can_be_cancelled_but_a_shipped_one_cannot()
    {
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var member = await app.NewStaffAsync(2_000);
        var reward = await NewRewardAsync(RewardCategory.Merchandise, stock: 3);
        var waiting = (await RedeemAsync(member, reward)).RedemptionId!.Value;
        var shipped = (await RedeemAsync(member, reward)).RedemptionId!.Value;
        await MoveAsync(shipped, FulfilmentStage.Shipped, "SCP0099887766", "SiCepat");

        Task<CancelStatus> Cancel(int id) => app.ServiceAsync<RedemptionService, CancelStatus>(s => s.CancelAsync(marketer, id, "Alamat tidak ditemukan kurir", default));

        (await Cancel(shipped)).ShouldBe(CancelStatus.TooLate);
        (await Cancel(waiting)).ShouldBe(CancelStatus.Cancelled);
        (await app.BalanceAsync(member)).ShouldBe(1_500);
        (await app.DbAsync(db => db.Rewards.Where(r => r.Id == reward).Select(r => r.Stock).SingleAsync())).ShouldBe(2);
        (await MoveAsync(waiting, FulfilmentStage.Packed)).ShouldBe(StepStatus.NotAllowed);
    }

    [Fact]
    public async Task A_training_without_a_pool_issues_unique_tickets_and_one_with_a_pool_hands_out_its_codes()
    {
        var members = new List<int>();
        for (var i = 0; i < 6; i++) members.Add(await app.NewStaffAsync(1_000));
        var training = await NewRewardAsync(RewardCategory.Training, stock: 10);
        var cinema = await NewRewardAsync(RewardCategory.Experience, stock: 2);
        await app.DbAsync(async db =>
        {
            (await db.Rewards.Include(r => r.Codes).SingleAsync(r => r.Id == cinema)).AddCodes([$"CIN-{cinema}-A", $"CIN-{cinema}-B"]);
            return await db.SaveChangesAsync();
        });

        var tickets = await Task.WhenAll(members.Select(m => Task.Run(() => RedeemAsync(m, training))));
        var seats = await Task.WhenAll(members.Take(3).Select(m => Task.Run(() => RedeemAsync(m, cinema))));

        tickets.ShouldAllBe(t => t.Status == RedeemStatus.Redeemed && t.Code!.StartsWith("TK"));
        tickets.Select(t => t.Code).Distinct().Count().ShouldBe(6);
        seats.Where(s => s.Status == RedeemStatus.Redeemed).Select(s => s.Code).Order().ShouldBe([$"CIN-{cinema}-A", $"CIN-{cinema}-B"]);
        seats.Count(s => s.Status == RedeemStatus.OutOfStock).ShouldBe(1);
    }

    [Fact]
    public async Task A_ticket_is_admitted_once()
    {
        var member = await app.NewStaffAsync(1_000);
        var ticket = await RedeemAsync(member, await NewRewardAsync(RewardCategory.Training));
        var found = await app.ServiceAsync<FulfilmentService, FulfilmentView?>(s => s.TicketAsync(ticket.Code!.ToLowerInvariant(), default));
        found!.Id.ShouldBe(ticket.RedemptionId!.Value);

        var admissions = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => MoveAsync(found.Id, FulfilmentStage.Delivered))));

        admissions.Count(a => a == StepStatus.Done).ShouldBe(1);
        (await RedemptionAsync(found.Id)).DeliveredAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_database_refuses_a_paid_cashback_without_a_reference_and_a_shipped_parcel_without_tracking()
    {
        var member = await app.NewStaffAsync(2_000);
        var cashback = (await RedeemAsync(member, await NewRewardAsync(RewardCategory.EWallet))).RedemptionId!.Value;
        var parcel = (await RedeemAsync(member, await NewRewardAsync(RewardCategory.Merchandise))).RedemptionId!.Value;

        await Should.ThrowAsync<System.Data.Common.DbException>(() => app.DbAsync(db =>
            db.Redemptions.Where(r => r.Id == cashback).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, FulfilmentStage.Paid))));
        await Should.ThrowAsync<System.Data.Common.DbException>(() => app.DbAsync(db =>
            db.Redemptions.Where(r => r.Id == parcel).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, FulfilmentStage.Shipped))));
        (await RedemptionAsync(cashback)).Stage.ShouldBe(FulfilmentStage.PaymentPending);
        (await RedemptionAsync(parcel)).Stage.ShouldBe(FulfilmentStage.Ordered);
    }
}

public sealed class SqliteFulfilmentTests(SqliteApp app) : FulfilmentContract(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PostgresFulfilmentTests(PostgresApp app) : FulfilmentContract(app), IClassFixture<PostgresApp>;
