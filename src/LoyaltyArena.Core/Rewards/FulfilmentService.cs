using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Rewards;

/// <summary>One redemption as its member or a marketer follows it to the end.</summary>
public sealed record FulfilmentView(
    int Id, int MemberId, string MemberName, string RewardName, RewardCategory Category, FulfilmentKind Kind, string? Image, int Cost, long ValueIdr, DateTime CreatedAt,
    RedemptionStatus Status, string? CancelReason, FulfilmentStage Stage, string? Code,
    WalletProvider? WalletProvider, string? WalletNumber, string? PayoutReference, ShippingDetails? Shipping, string? Courier, string? TrackingNumber,
    DateTime? PaidAt, DateTime? PackedAt, DateTime? ShippedAt, DateTime? DeliveredAt)
{
    /// <summary>The reward's fine print and, for a ticket, where and when: the receipt repeats them.</summary>
    public string Terms { get; init; } = "";
    public string? EventPlace { get; init; }
    public DateTime? EventAt { get; init; }
}

public enum StepStatus
{
    Done,
    Unknown,
    NotAllowed,
    ReferenceRequired,
    TrackingRequired,
}

public sealed record StepOutcome(StepStatus Status) : IWriteOutcome
{
    public bool Succeeded => Status == StepStatus.Done;
}

public sealed record FulfilmentMoved(int MemberId, int RedemptionId, FulfilmentStage Stage) : IDomainEvent;

/// <summary>What an email about a step tells the member.</summary>
public sealed record FulfilmentUpdateEmail(string MemberName, string RewardName, FulfilmentStage Stage, string? Reference, string? Courier, string? Wallet, int RedemptionId);

/// <summary>
/// Takes cashback and parcels from redeemed to done. Every step is a conditional update on the stage it
/// leaves, so two marketers pressing the same button record it once; the member hears of it in the app and by email.
/// </summary>
public sealed class FulfilmentService(ArenaDbContext db, ArenaTransactions transactions, Notifier notifier, TimeProvider clock)
{
    public Task<FulfilmentView?> ForMemberAsync(int memberId, int redemptionId, CancellationToken cancellationToken) =>
        Views(r => r.Id == redemptionId && r.MemberId == memberId).FirstOrDefaultAsync(cancellationToken);

    public Task<FulfilmentView?> FindAsync(int redemptionId, CancellationToken cancellationToken) =>
        Views(r => r.Id == redemptionId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>What a marketer still has to do for one kind, oldest first so nobody waits longest.</summary>
    public async Task<IReadOnlyList<FulfilmentView>> QueueAsync(FulfilmentKind kind, CancellationToken cancellationToken)
    {
        var open = Fulfilment.Open;
        return await Views(r => r.Status == RedemptionStatus.Completed && open.Contains(r.Stage) && r.Reward!.Fulfilment == kind, take: 200)
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many cashback payouts and parcels wait on a marketer, and the rupiah owed in cashback.</summary>
    public async Task<(int Cashback, int Parcels, long CashbackOwedIdr)> WaitingAsync(CancellationToken cancellationToken)
    {
        var open = db.Redemptions.Where(r => r.Status == RedemptionStatus.Completed);
        var cashback = await open.Where(r => r.Stage == FulfilmentStage.PaymentPending)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Owed = g.Sum(r => r.Reward!.ValueIdr) }).FirstOrDefaultAsync(cancellationToken);
        var parcels = await open.CountAsync(r => r.Stage == FulfilmentStage.Ordered || r.Stage == FulfilmentStage.Packed, cancellationToken);
        return (cashback?.Count ?? 0, parcels, cashback?.Owed ?? 0);
    }

    /// <summary>Looks up a ticket by its code, as the door staff of an event would.</summary>
    public async Task<FulfilmentView?> TicketAsync(string code, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim().ToUpperInvariant();
        if (trimmed.Length is 0 or > 64) return null;
        return await Views(r => r.Code != null && r.Code.ToUpper() == trimmed && r.Reward!.Fulfilment == FulfilmentKind.Ticket).FirstOrDefaultAsync(cancellationToken);
    }

    /// <param name="reference">The transfer reference (paid) or the tracking number (shipped).</param>
    public async Task<StepStatus> MoveAsync(int actorId, int redemptionId, FulfilmentStage to, string? reference, string? courier, CancellationToken cancellationToken)
    {
        reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        courier = string.IsNullOrWhiteSpace(courier) ? null : courier.Trim();
        if (to == FulfilmentStage.Paid && reference is not { Length: >= 4 and <= 64 }) return StepStatus.ReferenceRequired;
        if (to == FulfilmentStage.Shipped && (reference is not { Length: >= 6 and <= 64 } || courier is not { Length: >= 2 and <= 40 })) return StepStatus.TrackingRequired;

        var outcome = await transactions.WriteAsync(async ct =>
        {
            var current = await Views(r => r.Id == redemptionId).FirstOrDefaultAsync(ct);
            if (current is null) return new StepOutcome(StepStatus.Unknown);
            if (current.Status != RedemptionStatus.Completed || !Fulfilment.CanMove(current.Kind, current.Stage, to)) return new StepOutcome(StepStatus.NotAllowed);

            var now = clock.GetUtcNow().UtcDateTime;
            var from = current.Stage;
            var mine = db.Redemptions.Where(r => r.Id == redemptionId && r.Stage == from && r.Status == RedemptionStatus.Completed);
            var moved = to switch
            {
                FulfilmentStage.Paid => await mine.ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, to).SetProperty(r => r.PayoutReference, reference).SetProperty(r => r.PaidAt, now), ct),
                FulfilmentStage.Packed => await mine.ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, to).SetProperty(r => r.PackedAt, now), ct),
                FulfilmentStage.Shipped => await mine.ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, to).SetProperty(r => r.TrackingNumber, reference).SetProperty(r => r.Courier, courier).SetProperty(r => r.ShippedAt, now), ct),
                _ => await mine.ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, to).SetProperty(r => r.DeliveredAt, now), ct),
            };
            if (moved == 0) return new StepOutcome(StepStatus.NotAllowed);

            var id = redemptionId.ToString(CultureInfo.InvariantCulture);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.FulfilmentStep, "redemption", id, "Studio",
                $"{current.RewardName} for {current.MemberName}: {from} -> {to}{(reference is null ? "" : $" ({courier} {reference})")}", now));
            await db.SaveChangesAsync(ct);
            await TellMemberAsync(current, to, reference, courier, ct);
            db.Raise(new FulfilmentMoved(current.MemberId, redemptionId, to));
            return new StepOutcome(StepStatus.Done);
        }, cancellationToken);
        return outcome.Status;
    }

    private async Task TellMemberAsync(FulfilmentView redemption, FulfilmentStage stage, string? reference, string? courier, CancellationToken ct)
    {
        var id = redemption.Id.ToString(CultureInfo.InvariantCulture);
        await notifier.NotifyAsync(redemption.MemberId, $"Notify.Fulfil.{stage}", [redemption.RewardName, reference ?? "", courier ?? ""], $"fulfil:{id}:{stage}", ct, $"/Rewards/Receipt/{id}");
        if (stage is not (FulfilmentStage.Paid or FulfilmentStage.Shipped)) return;
        var member = await db.Members.AsNoTracking().Where(m => m.Id == redemption.MemberId).Select(m => new { m.Email, m.Language }).SingleAsync(ct);
        var wallet = redemption.WalletNumber is { } number ? $"{redemption.WalletProvider} {Fulfilment.Mask(number)}" : null;
        var email = new FulfilmentUpdateEmail(redemption.MemberName, redemption.RewardName, stage, reference, courier, wallet, redemption.Id);
        await notifier.EmailAsync(EmailTemplates.FulfilmentUpdate, member.Email, member.Language, JsonSerializer.Serialize(email), $"fulfil-email:{id}:{stage}", ct, redemption.MemberId);
    }

    /// <summary>The details the member gave last time (or their own name and phone), so the next cashback or parcel is one tap.</summary>
    public async Task<RedeemDetails> LastDetailsAsync(int memberId, CancellationToken cancellationToken)
    {
        var payout = await db.Redemptions.AsNoTracking().Where(r => r.MemberId == memberId && r.WalletNumber != null).OrderByDescending(r => r.Id)
            .Select(r => new { r.WalletProvider, r.WalletNumber }).FirstOrDefaultAsync(cancellationToken);
        var shipping = await db.Redemptions.AsNoTracking().Where(r => r.MemberId == memberId && r.ShipAddress != null).OrderByDescending(r => r.Id)
            .Select(r => new ShippingDetails(r.ShipRecipient!, r.ShipPhone!, r.ShipAddress!, r.ShipCity!, r.ShipPostalCode!)).FirstOrDefaultAsync(cancellationToken);
        if (payout is not null) return new RedeemDetails(new PayoutDetails(payout.WalletProvider!.Value, payout.WalletNumber!), shipping);

        // First time: most e-wallets hang off the member's own phone number, and parcels usually go to themselves.
        var me = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.DisplayName, m.PhoneNumber }).SingleAsync(cancellationToken);
        var phone = Fulfilment.MobileNumber(me.PhoneNumber) ?? "";
        return new RedeemDetails(new PayoutDetails(WalletProvider.GoPay, phone), shipping ?? new ShippingDetails(me.DisplayName, phone, "", "", ""));
    }

    /// <summary>Oldest first; filtered and limited before the projection so the database does the work.</summary>
    private IQueryable<FulfilmentView> Views(Expression<Func<Redemption, bool>> filter, int take = 1) =>
        from r in db.Redemptions.AsNoTracking().Where(filter).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(take)
        join m in db.Members on r.MemberId equals m.Id
        select new FulfilmentView(r.Id, r.MemberId, m.DisplayName, r.Reward!.Name, r.Reward.Category, r.Reward.Fulfilment, r.Reward.Image, r.Cost, r.Reward.ValueIdr, r.CreatedAt,
            r.Status, r.CancelReason, r.Stage, r.Code, r.WalletProvider, r.WalletNumber, r.PayoutReference,
            r.ShipAddress == null ? null : new ShippingDetails(r.ShipRecipient!, r.ShipPhone!, r.ShipAddress, r.ShipCity!, r.ShipPostalCode!),
            r.Courier, r.TrackingNumber, r.PaidAt, r.PackedAt, r.ShippedAt, r.DeliveredAt)
        { Terms = r.Reward.Terms, EventPlace = r.Reward.EventPlace, EventAt = r.Reward.EventAt };
}
