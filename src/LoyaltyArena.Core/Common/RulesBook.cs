using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Sales;
using LoyaltyArena.Core.Tiers;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Common;

public sealed record ActivityRule(string Title, int Points);

public sealed record PurchaseRule(string Product, string Sku, RuleTerms Terms);

public sealed record RulesView(IReadOnlyList<ActivityRule> Activities, IReadOnlyList<PurchaseRule> Purchases, IReadOnlyList<Tier> Tiers, int TierWindowMonths, int ExpiryMonths)
{
    public IReadOnlyList<ActivityRule> Surveys { get; init; } = [];

    /// <summary>Challenges running now (some only for a segment of members).</summary>
    public IReadOnlyList<ActivityRule> Challenges { get; init; } = [];

    /// <summary>Referral bonuses and the limits on earning, as Studio set them.</summary>
    public ProgramRules Program { get; init; } = null!;
}

/// <summary>The program rules exactly as configured right now: the rules page is generated from this, never written by hand.</summary>
public sealed class RulesBook(ArenaDbContext db, TimeProvider clock)
{
    public async Task<RulesView> GetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var activities = await db.Quizzes.AsNoTracking().OrderBy(q => q.Id)
            .Select(q => new ActivityRule(db.TrainingModules.Where(m => m.Id == q.TrainingModuleId).Select(m => m.Title).FirstOrDefault() ?? q.Title, q.Points))
            .ToListAsync(cancellationToken);
        var purchases = (await db.EarnRules.AsNoTracking().Include(r => r.Product).Where(r => r.Active).OrderBy(r => r.Product!.Sku).ThenBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => r.ValidUntil is null || r.ValidUntil > now)
            .Select(r => new PurchaseRule(r.Product!.Name, r.Product.Sku, r.Terms)).ToList();
        var tiers = await db.Tiers.AsNoTracking().OrderBy(t => t.Threshold).ToListAsync(cancellationToken);
        var rules = await db.ProgramRules.AsNoTracking().SingleAsync(cancellationToken);
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.Published && s.Points > 0).OrderBy(s => s.Id)
            .Select(s => new ActivityRule(s.Title, s.Points)).ToListAsync(cancellationToken);
        var challenges = await db.Challenges.AsNoTracking().Where(c => c.Status == Challenges.ChallengeStatus.Live && c.StartsAt <= now && c.EndsAt > now)
            .OrderBy(c => c.EndsAt).Select(c => new ActivityRule(c.Title, c.Points)).ToListAsync(cancellationToken);
        return new RulesView(activities, purchases, tiers, rules.TierWindowMonths, rules.ExpiryMonths) { Surveys = surveys, Challenges = challenges, Program = rules };
    }
}
