using LoyaltyArena.Core.Common;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Pwa;

/// <summary>What makes the site installable on a phone: the manifest, its icons, the favicon and the service worker.</summary>
public static class PwaEndpoints
{
    public const string ManifestUrl = "/manifest.webmanifest";
    public const string WorkerUrl = "/sw.js";

    public static IServiceCollection AddArenaPwa(this IServiceCollection services) =>
        services.AddSingleton(sp => new AppIcons(sp.GetRequiredService<IOptions<ProgramSettings>>().Value.Colour));

    public static WebApplication MapArenaPwa(this WebApplication app)
    {
        app.MapGet("/favicon.ico", (AppIcons icons, HttpContext http) => Image(http, icons.Favicon(), "image/x-icon")).AllowAnonymous();
        app.MapGet("/icons/icon-{size:int}.png", (int size, AppIcons icons, HttpContext http) =>
            size is 32 or 180 or 192 or 512 ? Image(http, icons.Png(size), "image/png") : Results.NotFound()).AllowAnonymous();
        app.MapGet("/icons/maskable-512.png", (AppIcons icons, HttpContext http) => Image(http, icons.Png(512, maskable: true), "image/png")).AllowAnonymous();
        app.MapGet(ManifestUrl, (IOptions<ProgramSettings> program) => Results.Json(Manifest(program.Value), contentType: "application/manifest+json")).AllowAnonymous();
        app.MapGet(WorkerUrl, (IWebHostEnvironment env, HttpContext http) =>
        {
            // The browser checks the worker on every visit (no-cache), so a new version reaches phones at once.
            http.Response.Headers.CacheControl = "no-cache";
            return Results.File(env.WebRootFileProvider.GetFileInfo("js/sw.js").PhysicalPath!, "text/javascript; charset=utf-8");
        }).AllowAnonymous();
        return app;
    }

    private static IResult Image(HttpContext http, byte[] bytes, string type)
    {
        http.Response.Headers.CacheControl = "public,max-age=604800";
        return Results.Bytes(bytes, type);
    }

    private static object Manifest(ProgramSettings program) => new Dictionary<string, object>
    {
        ["name"] = program.Name,
        ["short_name"] = program.Name.Length <= 12 ? program.Name : program.Name[..12],
        ["lang"] = "id",
        ["start_url"] = "/?source=pwa",
        ["scope"] = "/",
        ["display"] = "standalone",
        ["orientation"] = "portrait",
        ["background_color"] = "#f5f7f6",
        ["theme_color"] = program.Colour,
        ["icons"] = new object[]
        {
            new { src = "/icons/icon-192.png", sizes = "192x192", type = "image/png", purpose = "any" },
            new { src = "/icons/icon-512.png", sizes = "512x512", type = "image/png", purpose = "any" },
            new { src = "/icons/maskable-512.png", sizes = "512x512", type = "image/png", purpose = "maskable" },
        },
    };
}
