using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Sales;

public sealed record HeldSale(long Id, int MemberId, string Member, string Store, string Product, int Quantity, long AmountIdr, int Points, string Reason, string ExternalId, string Source, DateTime SoldAt);

public sealed record MyHeldSale(long Id, string Product, int Quantity, int Points, SaleReview Review, string? Note, DateTime SoldAt);

public enum ReviewStatus
{
    Done,
    AlreadyDecided,
    ReasonRequired,
}

public sealed record ReviewOutcome(ReviewStatus Status) : IWriteOutcome
{
    public bool Succeeded => Status == ReviewStatus.Done;
}

/// <summary>Sales held by a program limit, approved (their points paid, once) or rejected with a reason the member sees.</summary>
public sealed class SaleReviews(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, Notifier notifier, TimeProvider clock)
{
    public async Task<IReadOnlyList<HeldSale>> HeldAsync(int take, CancellationToken cancellationToken) =>
        await db.SaleRecords.AsNoTracking().Where(s => s.Review == SaleReview.Held).OrderBy(s => s.CreatedAt).Take(take)
            .Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { Sale = s, m.DisplayName, Store = m.Partner!.Name })
            .Join(db.Products, x => x.Sale.ProductId, p => p.Id, (x, p) => new HeldSale(x.Sale.Id, x.Sale.MemberId, x.DisplayName, x.Store, p.Name, x.Sale.Quantity,
                x.Sale.AmountIdr, x.Sale.HeldPoints, x.Sale.HeldReason ?? "", x.Sale.ExternalId, x.Sale.Source, x.Sale.SoldAt))
            .ToListAsync(cancellationToken);

    /// <summary>The member's own sales that wait for, or got, a review ("menunggu verifikasi").</summary>
    public async Task<IReadOnlyList<MyHeldSale>> MineAsync(int memberId, CancellationToken cancellationToken) =>
        await db.SaleRecords.AsNoTracking().Where(s => s.MemberId == memberId && s.Review != SaleReview.None).OrderByDescending(s => s.Id).Take(20)
            .Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => new MyHeldSale(s.Id, p.Name, s.Quantity, s.HeldPoints, s.Review, s.ReviewNote, s.SoldAt))
            .ToListAsync(cancellationToken);

    public async Task<ReviewOutcome> ApproveAsync(int actorId, long saleId, CancellationToken cancellationToken) =>
        await DecideAsync(actorId, saleId, approve: true, note: null, cancellationToken);

    public async Task<ReviewOutcome> RejectAsync(int actorId, long saleId, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length is < 5 or > 200) return new ReviewOutcome(ReviewStatus.ReasonRequired);
        return await DecideAsync(actorId, saleId, approve: false, reason.Trim(), cancellationToken);
    }

    private async Task<ReviewOutcome> DecideAsync(int actorId, long saleId, bool approve, string? note, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var sale = await db.SaleRecords.AsNoTracking().FoundAsync(s => s.Id == saleId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            // The conditional update is the lock: of two reviewers at once, one decides.
            var decided = await db.SaleRecords.Where(s => s.Id == saleId && s.Review == SaleReview.Held).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Review, approve ? SaleReview.Approved : SaleReview.Rejected).SetProperty(r => r.ReviewedBy, actorId)
                .SetProperty(r => r.ReviewedAt, now).SetProperty(r => r.ReviewNote, note), ct);
            if (decided == 0) return new ReviewOutcome(ReviewStatus.AlreadyDecided);
            var product = await db.Products.AsNoTracking().Where(p => p.Id == sale.ProductId).Select(p => p.Name).SingleAsync(ct);
            var subject = $"{product} x {sale.Quantity.ToString(CultureInfo.InvariantCulture)}";
            if (approve && sale.HeldPoints > 0)
            {
                var posted = await ledger.AppendAsync(Posting.Earn(sale.MemberId, sale.HeldPoints, "sale", sale.ExternalId, LedgerReasons.Sale, subject, sale.SoldAt)
                    with { IdempotencyKey = $"sale:{sale.Scope}:{sale.ExternalId}" }, ct);
                await db.SaleRecords.Where(s => s.Id == saleId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Points, posted.Amount), ct);
            }
            await notifier.NotifyAsync(sale.MemberId, approve ? "Notify.SaleApproved" : "Notify.SaleRejected",
                approve ? [subject, sale.HeldPoints.ToString(CultureInfo.InvariantCulture)] : [subject, note!], $"sale-review:{saleId}", ct, "/Ledger");
            db.AuditEntries.Add(new AuditEntry(actorId, approve ? AuditActions.SaleApproved : AuditActions.SaleRejected, "member",
                sale.MemberId.ToString(CultureInfo.InvariantCulture), note ?? "-", $"sale {sale.Scope}/{sale.ExternalId}: {subject}, {sale.HeldPoints} points ({sale.HeldReason})", now));
            await db.SaveChangesAsync(ct);
            return new ReviewOutcome(ReviewStatus.Done);
        }, cancellationToken);
}
