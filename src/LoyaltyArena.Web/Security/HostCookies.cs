using Microsoft.Extensions.Primitives;

namespace LoyaltyArena.Web.Security;

/// <summary>
/// Over HTTPS (directly or behind a trusted TLS proxy) every cookie of the app goes out as "__Host-name": the browser
/// then accepts it only as Secure, for this exact host and path /, so no sibling subdomain can plant or overwrite a
/// session or an antiforgery cookie. Over plain HTTP (a phone on the dev box, localhost) the names stay bare, since a
/// browser refuses a __Host- cookie that is not Secure. The app itself always sees the bare names.
/// </summary>
public static class HostCookies
{
    public const string Prefix = "__Host-";

    public static IApplicationBuilder UseHostPrefixedCookies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.IsHttps)
        {
            await next();
            return;
        }
        if (context.Request.Headers.Cookie.Count > 0) context.Request.Headers.Cookie = Unprefixed(context.Request.Headers.Cookie);
        context.Response.OnStarting(() =>
        {
            var cookies = context.Response.Headers.SetCookie;
            if (cookies.Count > 0) context.Response.Headers.SetCookie = new StringValues(cookies.Select(c => Prefixed(c!)).ToArray());
            return Task.CompletedTask;
        });
        await next();
    });

    /// <summary>"__Host-arena.auth=…" reads as "arena.auth=…"; a bare cookie left from plain HTTP days loses to the prefixed one.</summary>
    public static string Unprefixed(StringValues header)
    {
        var pairs = header.SelectMany(h => (h ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var prefixed = pairs.Where(p => p.StartsWith(Prefix, StringComparison.Ordinal)).Select(p => p[Prefix.Length..]).ToList();
        var names = prefixed.Select(p => p.Split('=', 2)[0]).ToHashSet(StringComparer.Ordinal);
        var bare = pairs.Where(p => !p.StartsWith(Prefix, StringComparison.Ordinal) && !names.Contains(p.Split('=', 2)[0]));
        return string.Join("; ", prefixed.Concat(bare));
    }

    /// <summary>Prefixes a Set-Cookie that meets the __Host- rules (Secure, Path=/, no Domain); any other is left as it is.</summary>
    public static string Prefixed(string setCookie)
    {
        if (setCookie.StartsWith(Prefix, StringComparison.Ordinal)) return setCookie;
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).ToList();
        var secure = attributes.Any(a => a.Equals("secure", StringComparison.OrdinalIgnoreCase));
        var rootPath = attributes.Any(a => a.Equals("path=/", StringComparison.OrdinalIgnoreCase));
        var domain = attributes.Any(a => a.StartsWith("domain=", StringComparison.OrdinalIgnoreCase));
        return secure && rootPath && !domain ? Prefix + setCookie : setCookie;
    }
}
