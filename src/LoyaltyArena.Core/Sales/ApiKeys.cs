using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Sales;

public sealed record ApiClientRow(int Id, string Name, string KeyHint, DateTime CreatedAt, DateTime? RevokedAt);

public sealed class ApiKeys(ArenaDbContext db, ArenaTransactions transactions, TimeProvider clock)
{
    /// <returns>The new key; it is not stored and cannot be shown again.</returns>
    public async Task<string> CreateAsync(int actorId, string name, CancellationToken cancellationToken)
    {
        var key = ApiClient.NewKey();
        await transactions.WriteAsync(async ct =>
        {
            var client = new ApiClient(string.IsNullOrWhiteSpace(name) ? "API" : name, key, clock.GetUtcNow().UtcDateTime);
            db.ApiClients.Add(client);
            await db.SaveChangesAsync(ct);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.ApiKeyCreated, "apikey", client.Id.ToString(CultureInfo.InvariantCulture), client.Name, client.KeyHint, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new Done<int>(client.Id);
        }, cancellationToken);
        return key;
    }

    public async Task RevokeAsync(int actorId, int clientId, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == clientId, ct);
            if (client is null) return new Done<bool>(false);
            client.Revoke(clock.GetUtcNow().UtcDateTime);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.ApiKeyRevoked, "apikey", clientId.ToString(CultureInfo.InvariantCulture), client.Name, client.KeyHint, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);

    public async Task<IReadOnlyList<ApiClientRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiClients.AsNoTracking().OrderByDescending(c => c.Id)
            .Select(c => new ApiClientRow(c.Id, c.Name, c.KeyHint, c.CreatedAt, c.RevokedAt)).ToListAsync(cancellationToken);

    /// <summary>The client holding this key, unless it is unknown or revoked.</summary>
    public async Task<ApiClientRow?> FindActiveAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiClient.Hash(key);
        return await db.ApiClients.AsNoTracking().Where(c => c.KeyHash == hash && c.RevokedAt == null)
            .Select(c => new ApiClientRow(c.Id, c.Name, c.KeyHint, c.CreatedAt, c.RevokedAt)).FirstOrDefaultAsync(cancellationToken);
    }
}
