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

    /// <summary>The sender already sent a different sale under this external id; nothing was recorded.</summary>
    Conflict,
}

public sealed record SaleResult(string ExternalId, int MemberId, string Sku, int Quantity, int Points, DateTime SoldAt)
{
    /// <summary>Over a program limit: recorded, and its points (<see cref="HeldPoints"/>) wait for a reviewer.</summary>
    public bool Held { get; init; }

    public int HeldPoints { get; init; }
}

public sealed record SaleOutcome(SaleStatus Status, SaleResult? Result, IReadOnlyList<(string Field, string Key)> Problems) : IWriteOutcome
{
    public bool Succeeded => Status is SaleStatus.Created or SaleStatus.Duplicate;
}

public sealed record BatchOutcome(IReadOnlyList<SaleOutcome> Sales, int Index = -1) : IWriteOutcome
{
    public bool Succeeded => Sales.All(s => s.Succeeded);
}

/// <summary>
/// Records sales and earns their points by the purchase rules. The external id is the idempotency key of the
/// sender (each API client, and CSV imports, have their own): the same sale posted twice, concurrently or a
/// year apart, earns once; the same id with other data is refused, naming the fields that differ.
/// </summary>
public sealed class SalesIntake(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, ProgramCalendar calendar, TimeProvider clock)
{
    private sealed record Resolved(int MemberId, int ProductId, string ProductName, PartnerKind StoreKind, string Region);

    /// <summary>The sender's own namespace of external ids: each API client has one, CSV imports share one.</summary>
    public static string ScopeOf(string source, int? apiClientId) =>
        apiClientId is { } client ? $"api:{client.ToString(CultureInfo.InvariantCulture)}" : source;

    /// <summary>Checks every sale, then records them all in one transaction, or none when any is bad.</summary>
    public async Task<BatchOutcome> RecordAsync(IReadOnlyList<SaleInput> sales, string source, int? apiClientId, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(source, apiClientId);
        var checks = new List<SaleOutcome>();
        var resolved = new List<Resolved?>();
        foreach (var sale in sales)
        {
            var (problems, found) = await ValidateAsync(sale, scope, cancellationToken);
            checks.Add(new SaleOutcome(Status(problems), null, problems));
            resolved.Add(found);
        }
        if (checks.Any(c => !c.Succeeded)) return new BatchOutcome(checks);

        // Rows are locked in one order (member, then external id) whatever order the sender used, so two
        // batches naming the same members cannot deadlock each other.
        var order = Enumerable.Range(0, sales.Count).OrderBy(i => resolved[i]!.MemberId).ThenBy(i => sales[i].ExternalId!.Trim(), StringComparer.Ordinal).ToList();
        return await transactions.WriteAsync(async ct =>
        {
            var outcomes = new SaleOutcome[sales.Count];
            foreach (var i in order) outcomes[i] = await RecordOneAsync(sales[i], resolved[i]!, source, apiClientId, scope, ct);
            return new BatchOutcome(outcomes);
        }, cancellationToken);
    }

    /// <summary>Field problems of one sale (resource keys), including a member or SKU that does not exist.</summary>
    public async Task<(IReadOnlyList<(string Field, string Key)> Problems, object? Resolved)> CheckAsync(SaleInput sale, string source, int? apiClientId, CancellationToken cancellationToken)
    {
        var (problems, resolved) = await ValidateAsync(sale, ScopeOf(source, apiClientId), cancellationToken);
        return (problems, resolved);
    }

    private static SaleStatus Status(IReadOnlyList<(string Field, string Key)> problems) =>
        problems.Count == 0 ? SaleStatus.Created : problems.All(p => p.Key == SaleChecks.DiffersFromStored) ? SaleStatus.Conflict : SaleStatus.Invalid;

    private async Task<(IReadOnlyList<(string Field, string Key)>, Resolved?)> ValidateAsync(SaleInput sale, string scope, CancellationToken cancellationToken)
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
                if (problems.Count == 0) problems.AddRange(await DifferencesAsync(sale, resolved, scope, cancellationToken));
            }
        }
        return (problems, resolved);
    }

    /// <summary>What a sale sent again under a known external id changes of the stored one (nothing for a true repeat).</summary>
    private async Task<IReadOnlyList<(string Field, string Key)>> DifferencesAsync(SaleInput sale, Resolved found, string scope, CancellationToken ct)
    {
        var externalId = sale.ExternalId!.Trim();
        var stored = await db.SaleRecords.AsNoTracking().Where(s => s.Scope == scope && s.ExternalId == externalId)
            .Select(s => new { s.MemberId, s.ProductId, s.Quantity, s.AmountIdr, s.SoldAt }).FirstOrDefaultAsync(ct);
        if (stored is null) return [];
        var differs = new List<(string, string)>();
        if (stored.MemberId != found.MemberId) differs.Add(("member", SaleChecks.DiffersFromStored));
        if (stored.ProductId != found.ProductId) differs.Add(("sku", SaleChecks.DiffersFromStored));
        if (stored.Quantity != sale.Quantity) differs.Add(("quantity", SaleChecks.DiffersFromStored));
        if (stored.AmountIdr != (sale.Amount ?? 0)) differs.Add(("amount", SaleChecks.DiffersFromStored));
        // Databases keep microseconds at best; a repeat is the same instant to the millisecond.
        if (Math.Abs((stored.SoldAt - DateTime.SpecifyKind(sale.SoldAt!.Value, DateTimeKind.Utc)).TotalMilliseconds) >= 1) differs.Add(("soldAt", SaleChecks.DiffersFromStored));
        return differs;
    }

    private async Task<SaleOutcome> RecordOneAsync(SaleInput sale, Resolved found, string source, int? apiClientId, string scope, CancellationToken ct)
    {
        var externalId = sale.ExternalId!.Trim();
        var soldAt = DateTime.SpecifyKind(sale.SoldAt!.Value, DateTimeKind.Utc);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = await db.Database.SqlQuery<long>($"""
            INSERT INTO "SaleRecords" ("Scope", "ExternalId", "MemberId", "ProductId", "Quantity", "AmountIdr", "SoldAt", "Points", "Source", "ApiClientId", "CreatedAt")
            VALUES ({scope}, {externalId}, {found.MemberId}, {found.ProductId}, {sale.Quantity!.Value}, {sale.Amount ?? 0}, {soldAt}, 0, {source}, {apiClientId}, {now})
            ON CONFLICT ("Scope", "ExternalId") DO NOTHING
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);
        if (ids.Count == 0)
        {
            // Sent twice at once: the other request stored it first. A repeat gets the stored result; other data is refused.
            var differs = await DifferencesAsync(sale, found, scope, ct);
            return differs.Count > 0 ? new SaleOutcome(SaleStatus.Conflict, null, differs) : new SaleOutcome(SaleStatus.Duplicate, await OriginalAsync(scope, externalId, ct), []);
        }

        var rules = await db.EarnRules.AsNoTracking().Where(r => r.ProductId == found.ProductId && r.Active).ToListAsync(ct);
        var (rule, points) = EarnRules.Best(rules.Select(r => r.Terms), sale.Quantity.Value, soldAt, found.StoreKind, found.Region);
        if (points > SaleChecks.MaxPointsPerSale) return new SaleOutcome(SaleStatus.Invalid, null, [("quantity", "Sale.PointsTooLarge")]);
        if (await HoldReasonAsync(found.MemberId, sale, soldAt, points, ids[0], ct) is { } reason)
        {
            await db.SaleRecords.Where(s => s.Id == ids[0]).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Review, SaleReview.Held).SetProperty(r => r.HeldReason, reason).SetProperty(r => r.HeldPoints, points)
                .SetProperty(r => r.EarnRuleId, rule == null ? null : rule.Id), ct);
            return new SaleOutcome(SaleStatus.Created, new SaleResult(externalId, found.MemberId, sale.Sku!.Trim().ToUpperInvariant(), sale.Quantity.Value, 0, soldAt)
            {
                Held = true, HeldPoints = points,
            }, []);
        }
        if (points > 0)
        {
            var posted = await ledger.AppendAsync(Posting.Earn(found.MemberId, points, "sale", externalId, LedgerReasons.Sale,
                $"{found.ProductName} x {sale.Quantity.Value.ToString(CultureInfo.InvariantCulture)}", soldAt) with { IdempotencyKey = $"sale:{scope}:{externalId}" }, ct);
            points = posted.Amount;
        }
        await db.SaleRecords.Where(s => s.Id == ids[0])
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Points, points).SetProperty(r => r.EarnRuleId, rule == null ? null : rule.Id), ct);
        return new SaleOutcome(SaleStatus.Created, new SaleResult(externalId, found.MemberId, sale.Sku!.Trim().ToUpperInvariant(), sale.Quantity.Value, points, soldAt), []);
    }

    /// <summary>
    /// Which program limit, if any, holds this sale's points. The member's wallet row is locked first, so two sales of
    /// one member arriving together are measured one after the other.
    /// </summary>
    private async Task<string?> HoldReasonAsync(int memberId, SaleInput sale, DateTime soldAt, int points, long saleId, CancellationToken ct)
    {
        var rules = await db.ProgramRules.AsNoTracking().SingleAsync(ct);
        if (rules.MaxUnitsPerSaleLine is null && rules.MaxSalesValuePerMemberDayIdr is null && rules.MaxPointsPerMemberDay is null) return null;
        await ledger.LockWalletAsync(memberId, ct);
        var saleDay = calendar.StartOfDayUtc(DateOnly.FromDateTime(calendar.ToLocal(soldAt)))!.Value;
        var today = calendar.StartOfDayUtc(DateOnly.FromDateTime(calendar.ToLocal(clock.GetUtcNow().UtcDateTime)))!.Value;
        var valueThatDay = rules.MaxSalesValuePerMemberDayIdr is null ? 0 : await db.SaleRecords
            .Where(s => s.MemberId == memberId && s.Id != saleId && s.SoldAt >= saleDay && s.SoldAt < saleDay.AddDays(1) && s.Review != SaleReview.Rejected)
            .SumAsync(s => (long?)s.AmountIdr, ct) ?? 0;
        var earnedToday = rules.MaxPointsPerMemberDay is null ? 0 : await db.SaleRecords
            .Where(s => s.MemberId == memberId && s.Id != saleId && s.CreatedAt >= today && (s.Review == SaleReview.None || s.Review == SaleReview.Approved))
            .SumAsync(s => (int?)s.Points, ct) ?? 0;
        return EarningGuards.HoldReason(rules, new SaleFacts(sale.Quantity!.Value, sale.Amount ?? 0, points, valueThatDay, earnedToday));
    }

    private async Task<SaleResult> OriginalAsync(string scope, string externalId, CancellationToken ct) =>
        await db.SaleRecords.AsNoTracking().Where(s => s.Scope == scope && s.ExternalId == externalId)
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
