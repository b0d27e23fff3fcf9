using System.Globalization;
using System.Text.Json;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Rewards;

public enum RedeemStatus
{
    Redeemed,
    AlreadyRedeemed,
    NotEnoughPoints,
    OutOfStock,
    UnknownReward,
    NotAvailable,
    TierLocked,
    LimitReached,
    TooFast,
    Suspended,
    BudgetReached,
    DetailsInvalid,
}

public sealed record RedeemOutcome(RedeemStatus Status, string? RewardName = null, string? Code = null, int Cost = 0, int Balance = 0, int Missing = 0, string? Detail = null) : IWriteOutcome
{
    public bool Succeeded => Status == RedeemStatus.Redeemed;

    public int? RedemptionId { get; init; }
    public FulfilmentKind Kind { get; init; }

    /// <summary>Text keys of what the member must correct in the details they gave (wallet, address).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}

public enum CancelStatus
{
    Cancelled,
    AlreadyCancelled,
    Unknown,
    ReasonRequired,
    TooLate,
}

public sealed record CancelOutcome(CancelStatus Status) : IWriteOutcome
{
    public bool Succeeded => Status == CancelStatus.Cancelled;
}

public sealed record RedemptionReceipt(string MemberName, string RewardName, string? Code, int Cost, int BalanceAfter, long ValueIdr, DateTime RedeemedAt)
{
    public FulfilmentKind Kind { get; init; }
    public string? Wallet { get; init; }
    public string? ShipTo { get; init; }
}

public sealed record RewardRedeemed(int MemberId, int RedemptionId, int RewardId) : IDomainEvent;

/// <summary>
/// Instant redemption: points, stock, the voucher code and the receipt email change in one
/// transaction, or nothing changes. The request key makes a double click redeem once.
/// </summary>
public sealed class RedemptionService(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, Notifier notifier, ProgramCalendar calendar, TimeProvider clock)
{
    public Task<RedeemOutcome> RedeemAsync(int memberId, int rewardId, string requestKey, CancellationToken cancellationToken) =>
        RedeemAsync(memberId, rewardId, requestKey, new RedeemDetails(), cancellationToken);

    /// <param name="details">The wallet for cashback, the address for merchandise; ignored for other kinds.</param>
    public async Task<RedeemOutcome> RedeemAsync(int memberId, int rewardId, string requestKey, RedeemDetails details, CancellationToken cancellationToken)
    {
        var reward = await db.Rewards.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rewardId, cancellationToken);
        if (reward is null) return new RedeemOutcome(RedeemStatus.UnknownReward);
        if (string.IsNullOrWhiteSpace(requestKey) || requestKey.Length > 64) requestKey = Guid.NewGuid().ToString("N");
        var terms = await TermsAsync(reward, cancellationToken);
        var (standing, recipient, budget) = await RedeemerAsync(memberId, cancellationToken);
        if (RewardEligibility.Before(terms, standing, clock.GetUtcNow().UtcDateTime) is { } refused)
            return new RedeemOutcome(refused, reward.Name, Cost: reward.Cost, Detail: terms.MinTierName) { Kind = reward.Fulfilment };
        if (reward.Stock <= 0) return new RedeemOutcome(RedeemStatus.OutOfStock, reward.Name) { Kind = reward.Fulfilment };
        var problems = reward.Fulfilment switch
        {
            FulfilmentKind.Cashback => Fulfilment.Check(details.Payout),
            FulfilmentKind.Shipment => Fulfilment.Check(details.Shipping),
            _ => [],
        };
        if (problems.Count > 0) return new RedeemOutcome(RedeemStatus.DetailsInvalid, reward.Name, Cost: reward.Cost) { Kind = reward.Fulfilment, Problems = problems };
        details = reward.Fulfilment switch
        {
            FulfilmentKind.Cashback => new RedeemDetails(Payout: Fulfilment.Clean(details.Payout!)),
            FulfilmentKind.Shipment => new RedeemDetails(Shipping: Fulfilment.Clean(details.Shipping!)),
            _ => new RedeemDetails(),
        };

        var outcome = await transactions.WriteAsync(ct => RedeemInTransactionAsync(memberId, recipient, budget, reward, terms, requestKey, details, ct), cancellationToken);
        if (outcome.Status != RedeemStatus.AlreadyRedeemed) return outcome;

        var earlier = await db.Redemptions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.MemberId == memberId && r.RequestKey == requestKey, cancellationToken);
        return outcome with
        {
            RewardName = reward.Name, Code = earlier?.Code, Cost = reward.Cost, Balance = await ledger.BalanceAsync(memberId, cancellationToken),
            RedemptionId = earlier?.Id, Kind = reward.Fulfilment,
        };
    }

    public async Task<RewardTerms> TermsAsync(Reward reward, CancellationToken cancellationToken)
    {
        var tier = reward.MinTierId is { } id ? await db.Tiers.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Threshold, t.Name }).FirstOrDefaultAsync(cancellationToken) : null;
        return RewardTerms.Of(reward, tier?.Threshold, tier?.Name);
    }

    /// <summary>
    /// Everything about the redeemer in one query, read before the write transaction so the part that holds
    /// locks stays as short as it can be: their standing, where the receipt goes, and the program's budget.
    /// </summary>
    private async Task<(MemberStanding Standing, Recipient Recipient, long? Budget)> RedeemerAsync(int memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.Partner!.Kind, m.Partner.Region, m.RedemptionsSuspended, m.Email, m.DisplayName, m.Language,
                Threshold = db.MemberTiers.Where(t => t.MemberId == m.Id).Join(db.Tiers, t => t.TierId, t => t.Id, (_, t) => (int?)t.Threshold).FirstOrDefault(),
                Budget = db.ProgramRules.Select(r => r.MonthlyBudgetIdr).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        return (new MemberStanding(member.Threshold ?? 0, member.Kind, member.Region, member.RedemptionsSuspended is not null),
            new Recipient(member.Email, member.DisplayName, member.Language), member.Budget);
    }

    public async Task<MemberStanding> StandingAsync(int memberId, CancellationToken cancellationToken) =>
        (await RedeemerAsync(memberId, cancellationToken)).Standing;

    /// <summary>Cancels a redemption once: the points come back through a Reverse entry and the item goes back in stock.</summary>
    public async Task<CancelStatus> CancelAsync(int actorId, int redemptionId, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 5) return CancelStatus.ReasonRequired;
        var outcome = await transactions.WriteAsync(async ct =>
        {
            var redemption = await db.Redemptions.Include(r => r.Reward).FirstOrDefaultAsync(r => r.Id == redemptionId, ct);
            if (redemption is null) return new CancelOutcome(CancelStatus.Unknown);
            if (redemption.Status == RedemptionStatus.Completed && !Fulfilment.CanCancel(redemption.Stage)) return new CancelOutcome(CancelStatus.TooLate);
            var refund = await ledger.AppendAsync(new Posting(redemption.MemberId, redemption.Cost, LedgerEntryKind.Reverse, "redemption",
                redemptionId.ToString(CultureInfo.InvariantCulture), $"cancel:redemption:{redemptionId}", LedgerReasons.RedemptionCancelled, redemption.Reward!.Name)
            {
                ReversesEntryId = redemption.LedgerEntryId,
            }, ct);
            if (refund.Status != PostingStatus.Posted || redemption.Status == RedemptionStatus.Cancelled) return new CancelOutcome(CancelStatus.AlreadyCancelled);
            await db.Rewards.Where(r => r.Id == redemption.RewardId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stock, r => r.Stock + 1), ct);
            var now = clock.GetUtcNow().UtcDateTime;
            redemption.Cancel(now, reason.Trim());
            db.AuditEntries.Add(new Audit.AuditEntry(actorId, Audit.AuditActions.RedemptionCancelled, "member", redemption.MemberId.ToString(CultureInfo.InvariantCulture),
                reason.Trim(), $"redemption {redemptionId} ({redemption.Reward.Name}, {redemption.Cost} points) cancelled", now));
            await notifier.NotifyAsync(redemption.MemberId, "Notify.RedemptionCancelled", [redemption.Reward.Name, reason.Trim()], $"cancel:{redemptionId}", ct, $"/Rewards/Receipt/{redemptionId}");
            await db.SaveChangesAsync(ct);
            return new CancelOutcome(CancelStatus.Cancelled);
        }, cancellationToken);
        return outcome.Status;
    }

    /// <summary>
    /// With a monthly budget, redemptions queue on the program-rules row so two cannot both take the last rupiah;
    /// without one, nothing is locked.
    /// </summary>
    private async Task<bool> OverBudgetAsync(long? budget, long valueIdr, int redemptionId, DateTime now, CancellationToken ct)
    {
        if (budget is null) return false;
        await db.ProgramRules.Where(r => r.Id == ProgramRules.SingletonId).ExecuteUpdateAsync(s => s.SetProperty(r => r.MonthlyBudgetIdr, r => r.MonthlyBudgetIdr), ct);
        var since = RewardEligibility.PeriodStart(LimitPeriod.Month, now, calendar);
        var spent = await db.Redemptions.Where(r => r.Id != redemptionId && r.Status == RedemptionStatus.Completed && r.CreatedAt >= since).SumAsync(r => (long?)r.Reward!.ValueIdr, ct) ?? 0;
        return spent + valueIdr > budget;
    }

    /// <summary>An admin stops (reason given) or resumes (reason empty) a member's redemptions; audited.</summary>
    public async Task SuspendAsync(int actorId, int memberId, string? reason, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var member = await db.Members.FoundAsync(m => m.Id == memberId, ct);
            member.SuspendRedemptions(reason);
            db.AuditEntries.Add(new Audit.AuditEntry(actorId, Audit.AuditActions.RedemptionsSuspended, "member", memberId.ToString(CultureInfo.InvariantCulture),
                string.IsNullOrWhiteSpace(reason) ? "-" : reason.Trim(), string.IsNullOrWhiteSpace(reason) ? "redemptions resumed" : "redemptions suspended", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);

    public async Task<IReadOnlyList<(int Id, string Member, string Reward, int Cost, string? Code, DateTime CreatedAt, RedemptionStatus Status, FulfilmentStage Stage)>> RecentAsync(int take, CancellationToken cancellationToken) =>
        (await db.Redemptions.AsNoTracking().OrderByDescending(r => r.Id).Take(take)
            .Join(db.Members, r => r.MemberId, m => m.Id, (r, m) => new { r.Id, m.DisplayName, Reward = r.Reward!.Name, r.Cost, r.Code, r.CreatedAt, r.Status, r.Stage })
            .ToListAsync(cancellationToken))
        .Select(r => (r.Id, r.DisplayName, r.Reward, r.Cost, r.Code, r.CreatedAt, r.Status, r.Stage)).ToList();

    private sealed record Recipient(string? Email, string DisplayName, string Language);

    private async Task<RedeemOutcome> RedeemInTransactionAsync(int memberId, Recipient member, long? budget, Reward reward, RewardTerms terms, string requestKey, RedeemDetails details, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var posting = Posting.Redeem(memberId, reward.Cost, "reward", reward.Id.ToString(CultureInfo.InvariantCulture),
            $"redeem:{memberId}:{requestKey}", LedgerReasons.Redeemed, reward.Name, now);
        var debit = await ledger.AppendAsync(posting, ct);
        if (debit.Status == PostingStatus.Duplicate) return new RedeemOutcome(RedeemStatus.AlreadyRedeemed);
        if (debit.Status == PostingStatus.InsufficientPoints)
            return new RedeemOutcome(RedeemStatus.NotEnoughPoints, reward.Name, Cost: reward.Cost, Balance: debit.Balance, Missing: reward.Cost - debit.Balance);

        // The debit has locked this member's wallet: a second request of theirs waits here and then counts this one.
        var since = RewardEligibility.PeriodStart(terms.LimitPeriod, now, calendar);
        var takenInPeriod = terms.LimitPerMember is null ? 0 : await db.Redemptions.CountAsync(r => r.MemberId == memberId && r.RewardId == reward.Id && r.Status == RedemptionStatus.Completed && r.CreatedAt >= since, ct);
        var hourAgo = now.AddHours(-1);
        var recent = await db.Redemptions.CountAsync(r => r.MemberId == memberId && r.Status == RedemptionStatus.Completed && r.CreatedAt >= hourAgo, ct);
        if (RewardEligibility.Counted(terms, takenInPeriod, recent) is { } refused) return new RedeemOutcome(refused, reward.Name, Cost: reward.Cost);

        var redemption = new Redemption(memberId, reward.Id, reward.Cost, requestKey, debit.EntryId, now);
        if (details.Payout is { } payout) redemption.PayTo(payout);
        if (details.Shipping is { } shipping) redemption.ShipTo(shipping);
        db.Redemptions.Add(redemption);
        await db.SaveChangesAsync(ct);

        string? code = null;
        if (reward.Fulfilment is FulfilmentKind.Code or FulfilmentKind.Ticket)
        {
            code = await ClaimCodeAsync(reward, redemption.Id, ct);
            // For a code reward the pool is the stock the member sees: every code is taken (or being taken right now).
            if (code is null) return new RedeemOutcome(RedeemStatus.OutOfStock, reward.Name);
            redemption.AssignCode(code);
        }

        var receipt = new RedemptionReceipt(member.DisplayName, reward.Name, code, reward.Cost, debit.Balance, reward.ValueIdr, now)
        {
            Kind = reward.Fulfilment,
            Wallet = redemption.WalletNumber is { } number ? $"{redemption.WalletProvider} {Fulfilment.Mask(number)}" : null,
            ShipTo = redemption.Shipping?.OneLine,
        };
        if (member.Email is not null)
            db.OutboxMessages.Add(OutboxMessage.Email(EmailTemplates.RedemptionReceipt, member.Email, member.Language,
                JsonSerializer.Serialize(receipt), $"redemption:{redemption.Id}", now));
        await db.SaveChangesAsync(ct);
        // Before the shared rows are locked (below), so the notice does not lengthen that lock.
        await notifier.NotifyAsync(memberId, "Notify.Redeemed", [reward.Name, reward.Cost.ToString(CultureInfo.InvariantCulture)], $"redeemed:{redemption.Id}", ct,
            $"/Rewards/Receipt/{redemption.Id}");

        // The rows every redeemer of this reward shares (the budget, then the stock) are locked last, always in
        // this order, so each holds its lock only for the statements before the commit.
        if (await OverBudgetAsync(budget, reward.ValueIdr, redemption.Id, now, ct)) return new RedeemOutcome(RedeemStatus.BudgetReached, reward.Name, Cost: reward.Cost);
        var taken = await db.Rewards.Where(r => r.Id == reward.Id && r.Stock > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stock, r => r.Stock - 1), ct);
        if (taken == 0) return new RedeemOutcome(RedeemStatus.OutOfStock, reward.Name);

        db.Raise(new RewardRedeemed(memberId, redemption.Id, reward.Id));
        return new RedeemOutcome(RedeemStatus.Redeemed, reward.Name, code, reward.Cost, debit.Balance) { RedemptionId = redemption.Id, Kind = reward.Fulfilment };
    }

    /// <summary>
    /// Takes the next free code of the pool, so two redemptions never share one. On PostgreSQL a code that
    /// another redemption is taking right now is skipped rather than waited for. A ticket reward whose pool
    /// was never filled gets a ticket issued by the program instead.
    /// </summary>
    private async Task<string?> ClaimCodeAsync(Reward reward, int redemptionId, CancellationToken ct)
    {
        if (reward.Fulfilment == FulfilmentKind.Ticket && !await db.VoucherCodes.AnyAsync(c => c.RewardId == reward.Id, ct))
            return Fulfilment.TicketCode(redemptionId, System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var codes = db.Database.IsNpgsql()
            ? db.Database.SqlQuery<string>($"""
                UPDATE "VoucherCodes" SET "RedemptionId" = {redemptionId}
                WHERE "Id" = (SELECT "Id" FROM "VoucherCodes" WHERE "RewardId" = {reward.Id} AND "RedemptionId" IS NULL ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING "Code" AS "Value"
                """)
            : db.Database.SqlQuery<string>($"""
                UPDATE "VoucherCodes" SET "RedemptionId" = {redemptionId}
                WHERE "Id" = (SELECT "Id" FROM "VoucherCodes" WHERE "RewardId" = {reward.Id} AND "RedemptionId" IS NULL ORDER BY "Id" LIMIT 1)
                RETURNING "Code" AS "Value"
                """);
        return (await codes.ToListAsync(ct)).FirstOrDefault();
    }
}
