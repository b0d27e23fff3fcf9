using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Sales;

public sealed record ProductView(int Id, string Sku, string Name, string Category, IReadOnlyList<EarnRule> Rules);

public sealed record RuleInput(int StepQuantity, int PointsPerStep, int? CapPerSale, DateTime? ValidFrom, DateTime? ValidUntil, PartnerKind? PartnerKind, string? Region);

/// <summary>Products and their purchase earn rules, kept by marketers in Studio.</summary>
public sealed class ProductCatalog(ArenaDbContext db, ArenaTransactions transactions, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProductView>> ProductsAsync(CancellationToken cancellationToken) =>
        (await db.Products.AsNoTracking().OrderBy(p => p.Sku).ToListAsync(cancellationToken))
        .Select(p => new ProductView(p.Id, p.Sku, p.Name, p.Category, db.EarnRules.AsNoTracking().Where(r => r.ProductId == p.Id).OrderBy(r => r.Id).ToList()))
        .ToList();

    public async Task<IReadOnlyList<string>> AddProductAsync(int actorId, string sku, string name, string category, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(sku) || sku.Trim().Length > 40) problems.Add("Product.SkuRequired");
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 120) problems.Add("Product.NameRequired");
        var normalized = (sku ?? "").Trim().ToUpperInvariant();
        if (problems.Count == 0 && await db.Products.AnyAsync(p => p.Sku == normalized, cancellationToken)) problems.Add("Product.SkuTaken");
        if (problems.Count > 0) return problems;
        await transactions.WriteAsync(async ct =>
        {
            db.Products.Add(new Product(normalized, name!, category ?? ""));
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.ProductSaved, "product", normalized, "Studio", name!.Trim(), clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<string>> AddRuleAsync(int actorId, int productId, RuleInput input, CancellationToken cancellationToken)
    {
        var problems = EarnRules.Check(input.StepQuantity, input.PointsPerStep, input.CapPerSale, input.ValidFrom, input.ValidUntil).ToList();
        if (!await db.Products.AnyAsync(p => p.Id == productId, cancellationToken)) problems.Add("Product.Unknown");
        if (problems.Count > 0) return problems;
        await transactions.WriteAsync(async ct =>
        {
            db.EarnRules.Add(new EarnRule(productId, input.StepQuantity, input.PointsPerStep, input.CapPerSale, input.ValidFrom, input.ValidUntil, input.PartnerKind, input.Region));
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.EarnRuleSaved, "product", productId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Studio",
                $"every {input.StepQuantity} = {input.PointsPerStep} points" + (input.CapPerSale is { } cap ? $", cap {cap}" : ""), clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);
        return [];
    }

    public async Task SetRuleActiveAsync(int actorId, int ruleId, bool active, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var rule = await db.EarnRules.SingleOrDefaultAsync(r => r.Id == ruleId, ct);
            if (rule is null) return new Done<bool>(false);
            rule.SetActive(active);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.EarnRuleSaved, "earnrule", ruleId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Studio",
                active ? "activated" : "deactivated", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);
}
