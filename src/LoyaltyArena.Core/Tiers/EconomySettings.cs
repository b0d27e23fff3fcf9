using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Tiers;

public sealed record TierInput(string Name, int Threshold, int MultiplierPercent, string BenefitsId, string BenefitsEn, string Color);

public sealed record SettingsOutcome(IReadOnlyList<string> Problems) : IWriteOutcome
{
    public static readonly SettingsOutcome Saved = new([]);

    public bool Succeeded => Problems.Count == 0;
}

/// <summary>Marketers change tiers, the tier window and expiry in Studio; every change is audited.</summary>
public sealed class EconomySettings(ArenaDbContext db, ArenaTransactions transactions, TimeProvider clock)
{
    public Task<ProgramRules> RulesAsync(CancellationToken cancellationToken) =>
        db.ProgramRules.AsNoTracking().SingleAsync(cancellationToken);

    /// <param name="tierId">null adds a tier.</param>
    public async Task<SettingsOutcome> SaveTierAsync(int actorId, int? tierId, TierInput input, CancellationToken cancellationToken)
    {
        var problems = TierRules.Check(input.Name, input.Threshold, input.MultiplierPercent, input.Color).ToList();
        var others = await db.Tiers.AsNoTracking().Where(t => t.Id != tierId).ToListAsync(cancellationToken);
        if (others.Any(t => t.Threshold == input.Threshold)) problems.Add("Tier.ThresholdTaken");
        if (others.Any(t => string.Equals(t.Name, input.Name.Trim(), StringComparison.OrdinalIgnoreCase))) problems.Add("Tier.NameTaken");
        if (input.Threshold != 0 && !others.Any(t => t.Threshold == 0)) problems.Add("Tier.NeedsStart");
        if (problems.Count > 0) return new SettingsOutcome(problems);

        return await transactions.WriteAsync(async ct =>
        {
            Tier tier;
            if (tierId is null) db.Tiers.Add(tier = new Tier(input.Name, input.Threshold, input.MultiplierPercent, input.BenefitsId, input.BenefitsEn, input.Color));
            else
            {
                tier = await db.Tiers.FoundAsync(t => t.Id == tierId, ct);
                tier.Set(input.Name, input.Threshold, input.MultiplierPercent, input.BenefitsId, input.BenefitsEn, input.Color);
            }
            await db.SaveChangesAsync(ct);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.TierEdited, "tier", tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Studio", $"{input.Name}: {input.Threshold} points, x{input.MultiplierPercent / 100m}", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return SettingsOutcome.Saved;
        }, cancellationToken);
    }

    public async Task<SettingsOutcome> SaveRulesAsync(int actorId, int tierWindowMonths, int expiryMonths, long? monthlyBudgetIdr, CancellationToken cancellationToken)
    {
        var problems = ProgramRules.Check(tierWindowMonths, expiryMonths).ToList();
        if (monthlyBudgetIdr is < 0) problems.Add("Rules.BudgetRange");
        if (problems.Count > 0) return new SettingsOutcome(problems);
        return await transactions.WriteAsync(async ct =>
        {
            var rules = await db.ProgramRules.SingleAsync(ct);
            var before = $"window {rules.TierWindowMonths}, expiry {rules.ExpiryMonths}";
            rules.Change(tierWindowMonths, expiryMonths);
            rules.SetBudget(monthlyBudgetIdr);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.RulesEdited, "program", "rules", "Studio",
                $"{before} -> window {tierWindowMonths}, expiry {expiryMonths} (applies to points earned from now on), monthly budget {monthlyBudgetIdr?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return SettingsOutcome.Saved;
        }, cancellationToken);
    }

    public async Task<SettingsOutcome> SaveReferralsAsync(int actorId, int welcomePoints, int bonusPoints, int monthlyCap, Referrals.ReferralQualifier qualifier, CancellationToken cancellationToken)
    {
        var problems = ProgramRules.CheckReferrals(welcomePoints, bonusPoints, monthlyCap).ToList();
        if (!Enum.IsDefined(qualifier)) problems.Add("Rules.ReferralQualifier");
        if (problems.Count > 0) return new SettingsOutcome(problems);
        return await transactions.WriteAsync(async ct =>
        {
            var rules = await db.ProgramRules.SingleAsync(ct);
            var before = $"welcome {rules.ReferralWelcomePoints}, bonus {rules.ReferralBonusPoints} on {rules.ReferralQualifier}, cap {rules.ReferralMonthlyCap}";
            rules.ChangeReferrals(welcomePoints, bonusPoints, monthlyCap, qualifier);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.ReferralRulesEdited, "program", "referrals", "Studio",
                $"{before} -> welcome {welcomePoints}, bonus {bonusPoints} on {qualifier}, cap {monthlyCap}", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return SettingsOutcome.Saved;
        }, cancellationToken);
    }

    public async Task<SettingsOutcome> SaveGuardsAsync(int actorId, EarningLimits limits, CancellationToken cancellationToken)
    {
        var problems = ProgramRules.CheckGuards(limits);
        if (problems.Count > 0) return new SettingsOutcome(problems);
        return await transactions.WriteAsync(async ct =>
        {
            var rules = await db.ProgramRules.SingleAsync(ct);
            var before = rules.Limits;
            rules.ChangeGuards(limits);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.GuardsEdited, "program", "guards", "Studio", $"{before} -> {limits}", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return SettingsOutcome.Saved;
        }, cancellationToken);
    }
}
