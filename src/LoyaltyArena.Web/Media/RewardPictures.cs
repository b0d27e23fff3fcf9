using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LoyaltyArena.Web.Media;

/// <summary>
/// A reward's picture: an uploaded image from the media store, or one of the pictures drawn for this app (SVG in
/// wwwroot/img/rewards, no third-party art) that a marketer without a photo can pick, as the demo rewards do.
/// </summary>
public static class RewardPictures
{
    public const string DrawnPrefix = "drawn/";

    public static readonly IReadOnlyList<string> Drawn = ["pulsa-25", "voucher-50", "cashback-20", "cashback-100", "bioskop", "kelas", "kaos-polo", "tumbler"];

    public static bool IsDrawn(string? image, out string name)
    {
        name = image is not null && image.StartsWith(DrawnPrefix, StringComparison.Ordinal) ? image[DrawnPrefix.Length..] : "";
        return Drawn.Contains(name);
    }

    public static string Src(string image, IFileVersionProvider versions, PathString pathBase) =>
        IsDrawn(image, out var name)
            ? versions.AddFileVersionToPath(pathBase, $"/img/rewards/{name}.svg")
            : $"{MediaEndpoints.Prefix}/{image}";
}
