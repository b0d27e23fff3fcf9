using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace LoyaltyArena.Web.Pwa;

/// <summary>
/// The app's icon, drawn here rather than shipped as a file: a gold star on the program's colour, as PNG at the sizes
/// an install needs and as the favicon (an ICO holding the PNG). Drawn once per size and kept.
/// </summary>
public sealed class AppIcons(string colour)
{
    private readonly Dictionary<(int, bool), byte[]> _png = [];
    private readonly Lock _lock = new();

    /// <param name="maskable">Keeps the star inside the middle 60 %, so a launcher's round or squircle mask never cuts it.</param>
    public byte[] Png(int size, bool maskable = false)
    {
        lock (_lock)
        {
            if (!_png.TryGetValue((size, maskable), out var png)) _png[(size, maskable)] = png = Encode(size, Draw(size, maskable));
            return png;
        }
    }

    /// <summary>An ICO with one 32 px PNG inside (every current browser reads PNG-in-ICO).</summary>
    public byte[] Favicon()
    {
        var png = Png(32);
        var ico = new byte[22 + png.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(2), 1); // type: icon
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(4), 1); // one image
        ico[6] = 32;
        ico[7] = 32;
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(10), 1); // colour planes
        BinaryPrimitives.WriteUInt16LittleEndian(ico.AsSpan(12), 32); // bits per pixel
        BinaryPrimitives.WriteUInt32LittleEndian(ico.AsSpan(14), (uint)png.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(ico.AsSpan(18), 22);
        png.CopyTo(ico, 22);
        return ico;
    }

    private byte[] Draw(int size, bool maskable)
    {
        var background = Parse(colour);
        (byte R, byte G, byte B) star = (0xf2, 0xb0, 0x1e);
        var scale = maskable ? 0.30 : 0.40;
        var points = Enumerable.Range(0, 10).Select(i =>
        {
            var angle = -Math.PI / 2 + i * Math.PI / 5;
            var radius = (i % 2 == 0 ? 1.0 : 0.45) * scale * size;
            return (X: size / 2.0 + radius * Math.Cos(angle), Y: size / 2.0 + radius * Math.Sin(angle) + size * 0.02);
        }).ToArray();
        var corner = maskable ? 0 : size * 0.18;
        var rgba = new byte[size * size * 4];
        const int samples = 4;
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
            {
                int inside = 0, onStar = 0;
                for (var sy = 0; sy < samples; sy++)
                    for (var sx = 0; sx < samples; sx++)
                    {
                        var (px, py) = (x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
                        if (!InRoundedSquare(px, py, size, corner)) continue;
                        inside++;
                        if (InPolygon(points, px, py)) onStar++;
                    }
                var i = (y * size + x) * 4;
                var total = samples * samples;
                var t = inside == 0 ? 0 : (double)onStar / inside;
                rgba[i] = (byte)(background.R + (star.R - background.R) * t);
                rgba[i + 1] = (byte)(background.G + (star.G - background.G) * t);
                rgba[i + 2] = (byte)(background.B + (star.B - background.B) * t);
                rgba[i + 3] = (byte)(255 * inside / total);
            }
        return rgba;
    }

    private static bool InRoundedSquare(double x, double y, int size, double r)
    {
        var cx = Math.Clamp(x, r, size - r);
        var cy = Math.Clamp(y, r, size - r);
        return (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
    }

    private static bool InPolygon((double X, double Y)[] polygon, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
            if ((polygon[i].Y > y) != (polygon[j].Y > y) && x < (polygon[j].X - polygon[i].X) * (y - polygon[i].Y) / (polygon[j].Y - polygon[i].Y) + polygon[i].X)
                inside = !inside;
        return inside;
    }

    private static (byte R, byte G, byte B) Parse(string hex)
    {
        var value = hex.TrimStart('#');
        if (value.Length != 6 || !int.TryParse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)) rgb = 0x0b5d4b;
        return ((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    /// <summary>A minimal PNG: 8-bit RGBA, no filter, zlib-deflated rows.</summary>
    private static byte[] Encode(int size, byte[] rgba)
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
            for (var y = 0; y < size; y++)
            {
                z.WriteByte(0);
                z.Write(rgba, y * size * 4, size * 4);
            }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        stream.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        stream.Write(crc);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(byte[] bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
