using System.Text.RegularExpressions;

namespace LoyaltyArena.Web.Media;

/// <summary>
/// Where uploaded images live. The file implementation keeps them under App_Data/media; several web
/// instances need a shared store (a mounted volume or object storage) behind this same seam.
/// </summary>
public interface IMediaStore
{
    Task<string> SaveAsync(byte[] content, string extension, CancellationToken cancellationToken);
    Stream? Open(string name);
}

public sealed partial class FileMediaStore(IWebHostEnvironment environment) : IMediaStore
{
    private string Folder => Path.Combine(environment.ContentRootPath, "App_Data", "media");

    public async Task<string> SaveAsync(byte[] content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{Guid.NewGuid():N}.{extension}";
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), content, cancellationToken);
        return name;
    }

    public Stream? Open(string name)
    {
        if (!IsName(name)) return null;
        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>Only names this store made: no paths, no other extensions.</summary>
    public static bool IsName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex("^[0-9a-f]{32}\\.(png|jpg|webp)$")]
    private static partial Regex NamePattern();
}

public static class MediaEndpoints
{
    public const string Prefix = "/media";

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{Prefix}/{{name}}", (string name, IMediaStore store) =>
        {
            var stream = store.Open(name);
            if (stream is null) return Results.NotFound();
            var type = Path.GetExtension(name) switch { ".png" => "image/png", ".webp" => "image/webp", _ => "image/jpeg" };
            return Results.Stream(stream, type);
        });
        return app;
    }
}
