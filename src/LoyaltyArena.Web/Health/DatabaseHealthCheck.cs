using LoyaltyArena.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LoyaltyArena.Web.Health;

public sealed class DatabaseHealthCheck(ArenaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
