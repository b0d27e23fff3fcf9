using System.Net;
using LoyaltyArena.Web.Live;
using Microsoft.AspNetCore.HttpOverrides;

namespace LoyaltyArena.Web.Security;

/// <summary>
/// Which proxies may say who the client is and whether it came over https ("ForwardedHeaders:KnownProxies",
/// addresses, and "ForwardedHeaders:KnownNetworks", CIDR ranges). Loopback is always trusted (a proxy on the
/// same machine); nobody else is unless configured, so a client cannot forge its own address.
/// </summary>
public static class Proxies
{
    public static IServiceCollection AddArenaProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>The live hub answers only pages of this site: a browser on another site cannot open it with the member's cookie.</summary>
    public static IApplicationBuilder UseSameOriginHub(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ArenaHub.Url), hub => hub.Use((context, next) =>
        {
            var origin = context.Request.Headers.Origin.ToString();
            if (origin.Length > 0 && !string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }
            return next(context);
        }));
}
