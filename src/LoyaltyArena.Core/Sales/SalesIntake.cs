using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Sales;

public enum SaleStatus
{
    Created,
    Duplicate,
    Invalid,
}

public sealed record SaleResult(string ExternalId, int MemberId, string Sku, int Quantity, int Points, DateTime SoldAt);

public sealed record SaleOutcome(SaleStatus Status, SaleResult? Result, IReadOnlyList<(string Field, string Key)> Problems) : IWriteOutcome
{
    public bool Succeeded => Status != SaleStatus.Invalid;
}

public sealed record BatchOutcome(IReadOnlyList<SaleOutcome> Sales, int Index = -1) : IWriteOutcome
{
    public bool Succeeded => Sales.All(s => s.Succeeded);
}

/// <summary>
/// Records sales and earns their points by the purchase rules. The sale's external id is the
/// idempotency key: the same sale posted twice, concurrently or a year apart, earns once.
/// </summary>
public sealed class SalesIntake(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, TimeProvider clock)
{
    private sealed record Resolved(int MemberId, int ProductId, string ProductName, PartnerKind StoreKind, string Region);

    /// <summary>Checks every sale, then records them all in one transaction, or none when any is bad.</summary>
    public async Task<BatchOutcome> RecordAsync(IReadOnlyList<SaleInput> sales, string source, int? apiClientId, CancellationToken cancellationToken)
    {
        var checks = new List<SaleOutcome>();
        var resolved = new List<Resolved?>();
        foreach (var sale in sales)
        {
            var (problems, found) = await ValidateAsync(sale, cancellationToken);
            checks.Add(new SaleOutcome(problems.Count == 0 ? SaleStatus.Created : SaleStatus.Invalid, null, problems));
            resolved.Add(found);
        }
        if (checks.Any(c => !c.Succeeded)) return new BatchOutcome(checks);

        return await transactions.WriteAsync(async ct =>
        {
            var outcomes = new List<SaleOutcome>();
            for (var i = 0; i < sales.Count; i++) outcomes.Add(await RecordOneAsync(sales[i], resolved[i]!, source, apiClientId, ct));
            return new BatchOutcome(outcomes);
        }, cancellationToken);
    }

    /// <summary>Field problems of one sale (resource keys), including a member or SKU that does not exist.</summary>
    public async Task<(IReadOnlyList<(string Field, string Key)> Problems, object? Resolved)> CheckAsync(SaleInput sale, CancellationToken cancellationToken)
    {
        var (problems, resolved) = await ValidateAsync(sale, cancellationToken);
        return (problems, resolved);
    }

    private async Task<(IReadOnlyList<(string Field, string Key)>, Resolved?)> ValidateAsync(SaleInput sale, CancellationToken cancellationToken)
    {
        var problems = SaleChecks.Check(sale, clock.GetUtcNow().UtcDateTime).ToList();
        Resolved? resolved = null;
        if (!string.IsNullOrWhiteSpace(sale.MemberRef) && !string.IsNullOrWhiteSpace(sale.Sku))
        {
            var member = await MemberReferences.FindAsync(db, sale.MemberRef, cancellationToken);
            var sku = sale.Sku.Trim().ToUpperInvariant();
            var product = await db.Products.AsNoTracking().Where(p => p.Sku == sku).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
            if (member is null) problems.Add(("member", "Sale.UnknownMember"));
            if (product is null) problems.Add(("sku", "Sale.UnknownSku"));
            if (member is not null && product is not null)
            {
                var store = await db.Members.AsNoTracking().Where(m => m.Id == member)
                    .Select(m => new { m.Partner!.Kind, m.Partner.Region }).SingleAsync(cancellationToken);
                resolved = new Resolved(member.Value, product.Id, product.Name, store.Kind, store.Region);
            }
        }
        return (problems, resolved);
    }

    private async Task<SaleOutcome> RecordOneAsync(SaleInput sale, Resolved found, string source, int? apiClientId, CancellationToken ct)
    {
        var externalId = sale.ExternalId!.Trim();
        var soldAt = DateTime.SpecifyKind(sale.SoldAt!.Value, DateTimeKind.Utc);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = await db.Database.SqlQuery<long>($"""
            INSERT INTO "SaleRecords" ("ExternalId", "MemberId", "ProductId", "Quantity", "AmountIdr", "SoldAt", "Points", "Source", "ApiClientId", "CreatedAt")
            VALUES ({externalId}, {found.MemberId}, {found.ProductId}, {sale.Quantity!.Value}, {sale.Amount ?? 0}, {soldAt}, 0, {source}, {apiClientId}, {now})
            ON CONFLICT ("ExternalId") DO NOTHING
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);
        if (ids.Count == 0) return new SaleOutcome(SaleStatus.Duplicate, await OriginalAsync(externalId, ct), []);

        var rules = await db.EarnRules.AsNoTracking().Where(r => r.ProductId == found.ProductId && r.Active).ToListAsync(ct);
        var (rule, points) = EarnRules.Best(rules.Select(r => r.Terms), sale.Quantity.Value, soldAt, found.StoreKind, found.Region);
        if (points > 0)
        {
            var posted = await ledger.AppendAsync(Posting.Earn(found.MemberId, points, "sale", externalId, LedgerReasons.Sale,
                $"{found.ProductName} x {sale.Quantity.Value.ToString(CultureInfo.InvariantCulture)}", soldAt), ct);
            points = posted.Amount;
        }
        await db.SaleRecords.Where(s => s.Id == ids[0])
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Points, points).SetProperty(r => r.EarnRuleId, rule == null ? null : rule.Id), ct);
        return new SaleOutcome(SaleStatus.Created, new SaleResult(externalId, found.MemberId, sale.Sku!.Trim().ToUpperInvariant(), sale.Quantity.Value, points, soldAt), []);
    }

    private async Task<SaleResult> OriginalAsync(string externalId, CancellationToken ct) =>
        await db.SaleRecords.AsNoTracking().Where(s => s.ExternalId == externalId)
            .Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => new SaleResult(s.ExternalId, s.MemberId, p.Sku, s.Quantity, s.Points, s.SoldAt))
            .SingleAsync(ct);
}

/// <summary>A member as other systems name them: email, phone number (any Indonesian format) or member code.</summary>
public static class MemberReferences
{
    public static async Task<int?> FindAsync(ArenaDbContext db, string reference, CancellationToken cancellationToken)
    {
        var value = reference.Trim();
        if (value.Contains('@'))
        {
            var email = value.ToUpperInvariant();
            return await db.Members.Where(m => m.NormalizedEmail == email).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        }
        if (PhoneNumbers.LooksLikePhone(value))
        {
            var phone = PhoneNumbers.Normalize(value);
            return await db.Members.Where(m => m.PhoneNumber == phone).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        }
        var code = value.ToUpperInvariant();
        return await db.Members.Where(m => m.ReferralCode == code).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
