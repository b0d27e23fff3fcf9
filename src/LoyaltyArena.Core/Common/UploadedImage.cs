namespace LoyaltyArena.Core.Common;

/// <summary>What an uploaded picture (module cover, reward image) may be: a PNG, JPEG or WebP of at most 1 MB, recognised by its bytes, not its name.</summary>
public static class UploadedImage
{
    public const int MaxBytes = 1_000_000;

    /// <returns>The file extension for the image, or null when the bytes are not an accepted image.</returns>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 8 && head[..8].SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "jpg";
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "webp";
        return null;
    }

    public static string? Check(long length, ReadOnlySpan<byte> head) =>
        length == 0 ? "Cover.Missing" : length > MaxBytes ? "Cover.TooBig" : Detect(head) is null ? "Cover.Type" : null;
}
