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
    NoCodeLeft,
    UnknownReward,
}

public sealed record RedeemOutcome(RedeemStatus Status, string? RewardName = null, string? Code = null, int Cost = 0, int Balance = 0, int Missing = 0) : IWriteOutcome
{
    public bool Succeeded => Status == RedeemStatus.Redeemed;
}

public sealed record RedemptionReceipt(string MemberName, string RewardName, string Code, int Cost, int BalanceAfter, long ValueIdr, DateTime RedeemedAt);

public sealed record RewardRedeemed(int MemberId, int RedemptionId, int RewardId) : IDomainEvent;

/// <summary>
/// Instant redemption: points, stock, the voucher code and the receipt email change in one
/// transaction, or nothing changes. The request key makes a double click redeem once.
/// </summary>
public sealed class RedemptionService(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, TimeProvider clock)
{
    public async Task<RedeemOutcome> RedeemAsync(int memberId, int rewardId, string requestKey, CancellationToken cancellationToken)
    {
        var reward = await db.Rewards.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rewardId, cancellationToken);
        if (reward is null) return new RedeemOutcome(RedeemStatus.UnknownReward);
        if (string.IsNullOrWhiteSpace(requestKey) || requestKey.Length > 64) requestKey = Guid.NewGuid().ToString("N");

        var outcome = await transactions.WriteAsync(ct => RedeemInTransactionAsync(memberId, reward, requestKey, ct), cancellationToken);
        if (outcome.Status != RedeemStatus.AlreadyRedeemed) return outcome;

        var earlier = await db.Redemptions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.MemberId == memberId && r.RequestKey == requestKey, cancellationToken);
        return outcome with { RewardName = reward.Name, Code = earlier?.Code, Cost = reward.Cost, Balance = await ledger.BalanceAsync(memberId, cancellationToken) };
    }

    private async Task<RedeemOutcome> RedeemInTransactionAsync(int memberId, Reward reward, string requestKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var posting = Posting.Redeem(memberId, reward.Cost, "reward", reward.Id.ToString(CultureInfo.InvariantCulture),
            $"redeem:{memberId}:{requestKey}", LedgerReasons.Redeemed, reward.Name, now);
        var debit = await ledger.AppendAsync(posting, ct);
        if (debit.Status == PostingStatus.Duplicate) return new RedeemOutcome(RedeemStatus.AlreadyRedeemed);
        if (debit.Status == PostingStatus.InsufficientPoints)
            return new RedeemOutcome(RedeemStatus.NotEnoughPoints, reward.Name, Cost: reward.Cost, Balance: debit.Balance, Missing: reward.Cost - debit.Balance);

        // The hot row is touched last so its lock is held for the shortest time.
        var taken = await db.Rewards.Where(r => r.Id == reward.Id && r.Stock > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stock, r => r.Stock - 1), ct);
        if (taken == 0) return new RedeemOutcome(RedeemStatus.OutOfStock, reward.Name);

        var redemption = new Redemption(memberId, reward.Id, reward.Cost, requestKey, debit.EntryId, now);
        db.Redemptions.Add(redemption);
        await db.SaveChangesAsync(ct);

        var nextCode = db.VoucherCodes.Where(c => c.RewardId == reward.Id && c.RedemptionId == null).OrderBy(c => c.Id).Select(c => c.Id).Take(1);
        var claimed = await db.VoucherCodes.Where(c => nextCode.Contains(c.Id) && c.RedemptionId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RedemptionId, redemption.Id), ct);
        if (claimed == 0) return new RedeemOutcome(RedeemStatus.NoCodeLeft, reward.Name);
        var code = await db.VoucherCodes.Where(c => c.RedemptionId == redemption.Id).Select(c => c.Code).SingleAsync(ct);
        redemption.AssignCode(code);

        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.Email, m.DisplayName, m.Language }).SingleAsync(ct);
        var receipt = new RedemptionReceipt(member.DisplayName, reward.Name, code, reward.Cost, debit.Balance, reward.ValueIdr, now);
        db.OutboxMessages.Add(OutboxMessage.Email(EmailTemplates.RedemptionReceipt, member.Email!, member.Language,
            JsonSerializer.Serialize(receipt), $"redemption:{redemption.Id}", now));
        await db.SaveChangesAsync(ct);

        db.Raise(new RewardRedeemed(memberId, redemption.Id, reward.Id));
        return new RedeemOutcome(RedeemStatus.Redeemed, reward.Name, code, reward.Cost, debit.Balance);
    }
}
