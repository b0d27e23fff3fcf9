using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Rewards;

public sealed record RewardInput(string Name, string Description, RewardCategory Category, int Cost, long ValueIdr,
    int? MinTierId, PartnerKind? PartnerKind, string? Region, DateTime? From, DateTime? Until, int? LimitPerMember, LimitPeriod LimitPeriod)
{
    /// <summary>Null takes what the category suggests.</summary>
    public FulfilmentKind? Fulfilment { get; init; }

    public string? Terms { get; init; }
    public string? EventPlace { get; init; }
    public DateTime? EventAt { get; init; }
}

public sealed record StudioReward(Reward Reward, int CodesLeft, bool LowStock, bool LowPool);

public sealed record CodeImport(int Added, IReadOnlyList<string> Rejected);

/// <summary>Marketers keep the catalog: rewards, their rules, stock and code pools; everything audited.</summary>
public sealed class RewardStudio(ArenaDbContext db, ArenaTransactions transactions, TimeProvider clock)
{
    /// <summary>Stock at or below this many items, or a pool with fewer codes than stock, raises an alert.</summary>
    public const int LowStockAt = 5;

    public async Task<IReadOnlyList<StudioReward>> ListAsync(CancellationToken cancellationToken)
    {
        var rewards = await db.Rewards.AsNoTracking().OrderBy(r => r.Cost).ToListAsync(cancellationToken);
        var pools = await db.VoucherCodes.GroupBy(c => c.RewardId)
            .Select(g => new { g.Key, Left = g.Count(c => c.RedemptionId == null) }).ToDictionaryAsync(x => x.Key, x => x.Left, cancellationToken);
        return rewards.Select(r =>
        {
            // Cashback and parcels use no codes; a ticket reward without a pool gets tickets issued by the program.
            var usesPool = r.Fulfilment == FulfilmentKind.Code || (r.Fulfilment == FulfilmentKind.Ticket && pools.ContainsKey(r.Id));
            var left = pools.GetValueOrDefault(r.Id);
            return new StudioReward(r, left, r.Stock <= LowStockAt, usesPool && left < r.Stock);
        }).ToList();
    }

    public static IReadOnlyList<string> Check(RewardInput input)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 120) problems.Add("Reward.NameRequired");
        if (input.Cost is < 1 or > 10_000_000) problems.Add("Reward.CostRange");
        if (input.ValueIdr < 0) problems.Add("Reward.ValueRange");
        if (input.LimitPerMember is < 1) problems.Add("Reward.LimitRange");
        if (input.From is not null && input.Until is not null && input.Until <= input.From) problems.Add("Rule.WindowOrder");
        if (input.Terms?.Trim().Length > Reward.TermsLength) problems.Add("Reward.TermsLength");
        if (input.EventPlace?.Trim().Length > Reward.PlaceLength) problems.Add("Reward.PlaceLength");
        return problems;
    }

    /// <param name="rewardId">null adds a reward (with <paramref name="initialStock"/>).</param>
    public async Task<(IReadOnlyList<string> Problems, int Id)> SaveAsync(int actorId, int? rewardId, RewardInput input, int initialStock, CancellationToken cancellationToken)
    {
        var problems = Check(input).ToList();
        if (rewardId is null && initialStock is < 0 or > Reward.MaxStock) problems.Add("Reward.StockRange");
        if (problems.Count > 0) return (problems, 0);
        var saved = await transactions.WriteAsync(async ct =>
        {
            Reward reward;
            if (rewardId is null) db.Rewards.Add(reward = new Reward(input.Name.Trim(), input.Description.Trim(), input.Category, input.Cost, initialStock, input.ValueIdr));
            else reward = await db.Rewards.FoundAsync(r => r.Id == rewardId, ct);
            reward.Edit(input.Name, input.Description, input.Category, input.Cost, input.ValueIdr, input.Fulfilment);
            reward.Explain(input.Terms, input.EventPlace, input.EventAt);
            reward.Restrict(input.MinTierId, input.PartnerKind, string.IsNullOrWhiteSpace(input.Region) ? null : input.Region.Trim(), input.From, input.Until, input.LimitPerMember, input.LimitPeriod);
            await db.SaveChangesAsync(ct);
            Audit(actorId, "reward.save", reward.Id, $"{reward.Name}: {reward.Cost} points");
            await db.SaveChangesAsync(ct);
            return new Done<int>(reward.Id);
        }, cancellationToken);
        return ([], saved.Value);
    }

    /// <summary>Adds (or with a negative number removes) stock; it stays between zero and <see cref="Reward.MaxStock"/>.</summary>
    public async Task<bool> AddStockAsync(int actorId, int rewardId, int delta, CancellationToken cancellationToken)
    {
        if (delta is 0 or < -Reward.MaxStock or > Reward.MaxStock) return false;
        var done = await transactions.WriteAsync(async ct =>
        {
            var moved = await db.Rewards.Where(r => r.Id == rewardId && r.Stock + delta >= 0 && r.Stock + delta <= Reward.MaxStock)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stock, r => r.Stock + delta), ct);
            if (moved == 0) return new StockMove(false);
            Audit(actorId, "reward.stock", rewardId, $"{delta:+#;-#;0}");
            await db.SaveChangesAsync(ct);
            return new StockMove(true);
        }, cancellationToken);
        return done.Succeeded;
    }

    /// <summary>One code per line (or the first column of a CSV); codes already in the pool or twice in the file are rejected and named.</summary>
    public async Task<CodeImport> ImportCodesAsync(int actorId, int rewardId, string text, CancellationToken cancellationToken)
    {
        var lines = text.Split('\n').Select(l => l.Split(',', ';')[0].Trim().Trim('"')).Where(l => l.Length > 0 && !l.Equals("code", StringComparison.OrdinalIgnoreCase)).ToList();
        var rejected = lines.Where(l => l.Length > 64).ToList();
        rejected.AddRange(lines.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key));
        var candidates = lines.Where(l => l.Length <= 64).Distinct().Except(rejected).ToList();
        var existing = await db.VoucherCodes.Where(c => c.RewardId == rewardId && candidates.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken);
        rejected.AddRange(existing);
        var fresh = candidates.Except(existing).ToList();
        if (fresh.Count == 0) return new CodeImport(0, rejected.Distinct().ToList());
        await transactions.WriteAsync(async ct =>
        {
            var reward = await db.Rewards.FoundAsync(r => r.Id == rewardId, ct);
            reward.AddCodes(fresh);
            Audit(actorId, "reward.codes", rewardId, $"{fresh.Count} codes added, {rejected.Distinct().Count()} rejected");
            await db.SaveChangesAsync(ct);
            return new Done<int>(fresh.Count);
        }, cancellationToken);
        return new CodeImport(fresh.Count, rejected.Distinct().ToList());
    }

    /// <param name="image">A name the media store gave, or null to go back to the category icon.</param>
    public async Task<bool> SetImageAsync(int actorId, int rewardId, string? image, CancellationToken cancellationToken)
    {
        var done = await transactions.WriteAsync(async ct =>
        {
            var reward = await db.Rewards.FirstOrDefaultAsync(r => r.Id == rewardId, ct);
            if (reward is null) return new StockMove(false);
            reward.SetImage(image);
            Audit(actorId, AuditActions.RewardImage, rewardId, image ?? "removed");
            await db.SaveChangesAsync(ct);
            return new StockMove(true);
        }, cancellationToken);
        return done.Succeeded;
    }

    private sealed record StockMove(bool Succeeded) : IWriteOutcome;

    private void Audit(int actorId, string action, int rewardId, string details) =>
        db.AuditEntries.Add(new AuditEntry(actorId, action, "reward", rewardId.ToString(CultureInfo.InvariantCulture), "Studio", details, clock.GetUtcNow().UtcDateTime));
}
