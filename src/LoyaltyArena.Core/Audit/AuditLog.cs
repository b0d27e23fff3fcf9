using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Audit;

public sealed record AuditLine(long Id, string Actor, string Action, string TargetType, string TargetId, string Reason, string Details, DateTime CreatedAt);

public sealed class AuditLog(ArenaDbContext db)
{
    public async Task<IReadOnlyList<AuditLine>> RecentAsync(string? targetType, string? targetId, int take, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (targetType is not null) entries = entries.Where(a => a.TargetType == targetType && a.TargetId == targetId);
        return await entries.OrderByDescending(a => a.Id).Take(take)
            .Select(a => new AuditLine(a.Id, db.Members.Where(m => m.Id == a.ActorId).Select(m => m.DisplayName).FirstOrDefault() ?? "?",
                a.Action, a.TargetType, a.TargetId, a.Reason, a.Details, a.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
