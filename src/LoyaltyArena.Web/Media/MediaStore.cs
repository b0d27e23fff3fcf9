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

public static class MediaUploads
{
    /// <summary>Checks an uploaded picture by its bytes and stores it.</summary>
    /// <returns>The stored name, or the text key saying why the file was refused.</returns>
    public static async Task<(string? Name, string? Problem)> SaveImageAsync(this IMediaStore store, IFormFile? file, CancellationToken cancellationToken)
    {
        byte[] bytes = [];
        if (file is not null && file.Length <= Core.Common.UploadedImage.MaxBytes)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        if (Core.Common.UploadedImage.Check(file?.Length ?? 0, bytes) is { } problem) return (null, problem);
        return (await store.SaveAsync(bytes, Core.Common.UploadedImage.Detect(bytes)!, cancellationToken), null);
    }
}

public static class MediaEndpoints
{
    public const string Prefix = "/media";

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{Prefix}/{{name}}", (string name, IMediaStore store, HttpContext http) =>
        {
            var stream = store.Open(name);
            if (stream is null) return Results.NotFound();
            // A name is never reused for other bytes, so a phone may keep the picture for good.
            http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
            var type = Path.GetExtension(name) switch { ".png" => "image/png", ".webp" => "image/webp", _ => "image/jpeg" };
            return Results.Stream(stream, type);
        });
        return app;
    }
}
