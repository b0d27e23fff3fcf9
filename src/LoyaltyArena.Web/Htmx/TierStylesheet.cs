using System.Text;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Web.Htmx;

/// <summary>
/// Tier colours live in the database; the CSP forbids inline styles, so they are served as a small
/// stylesheet of our own origin instead.
/// </summary>
public static class TierStylesheet
{
    public const string Url = "/css/tiers.css";

    public static IEndpointRouteBuilder MapTierStylesheet(this IEndpointRouteBuilder app)
    {
        app.MapGet(Url, async (ArenaDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        {
            var css = new StringBuilder();
            foreach (var tier in await db.Tiers.AsNoTracking().Select(t => new { t.Id, t.Color }).ToListAsync(cancellationToken))
                css.Append(".tier-").Append(tier.Id).Append("{background:").Append(tier.Color).Append(";color:#fff}\n");
            response.Headers.CacheControl = "public,max-age=60";
            return Results.Text(css.ToString(), "text/css");
        }).AllowAnonymous();
        return app;
    }
}
