using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Media;
using LoyaltyArena.Web.Pwa;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LoyaltyArena.Web;

public static class ArenaPipeline
{
    public static WebApplication UseArenaPipeline(this WebApplication app)
    {
        // Behind a TLS proxy the request is https: Secure cookies, HSTS and the rate limits per client address follow it.
        app.UseForwardedHeaders();
        app.UseHostPrefixedCookies();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseArenaErrors();
        app.UseArenaSecurityHeaders();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            // A file asked for with its content hash (asp-append-version) never changes under that URL.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.Context.Request.Query.ContainsKey("v") ? "public,max-age=31536000,immutable" : "public,max-age=86400",
        });
        app.UseRouting();
        app.UseArenaLocalization();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseHtmxVary();
        app.UseSameOriginHub();
        return app;
    }

    public static WebApplication MapArenaPages(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapTierStylesheet();
        app.MapMedia();
        app.MapArenaPwa();
        return app;
    }

    public static WebApplication MapArenaHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
        }).AllowAnonymous();
        // tests/bench.sh compares real pages with this bare endpoint in the same process; off unless asked for.
        if (app.Configuration.GetValue<bool>("Bench:Reference"))
            app.MapGet("/bench/plaintext", () => Results.Text("Hello, World!")).AllowAnonymous();
        return app;
    }
}
