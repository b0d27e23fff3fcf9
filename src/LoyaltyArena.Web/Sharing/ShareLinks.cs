using LoyaltyArena.Core.Partners;
using QRCoder;

namespace LoyaltyArena.Web.Sharing;

/// <summary>A join link three ways: as text to copy, as a QR code to scan at the counter, and as a prefilled WhatsApp message.</summary>
public sealed record ShareLink(string Url, string QrSvg, string WhatsAppUrl);

public static class ShareLinks
{
    public static ShareLink For(string url, string message) =>
        new(url, QrSvg(url), $"https://wa.me/?text={Uri.EscapeDataString($"{message} {url}")}");

    /// <summary>An inline SVG (no extra request, sharp on any screen), with a title for screen readers.</summary>
    public static string QrSvg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(new System.Drawing.Size(240, 240), "#0b1f1a", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg.Replace("<svg ", "<svg role=\"img\" aria-label=\"QR\" class=\"qr\" ", StringComparison.Ordinal);
    }

    /// <summary>WhatsApp's share sheet with a prefilled message: the clerk picks a chat or their store's group.</summary>
    public static string WhatsApp(string message) => $"https://wa.me/?text={Uri.EscapeDataString(message)}";

    /// <summary>A WhatsApp chat with one person (an approved clerk, say), the number in wa.me's digits-only form.</summary>
    public static string WhatsAppTo(string phone, string message) =>
        $"https://wa.me/{PhoneNumbers.ForWhatsApp(phone)}?text={Uri.EscapeDataString(message)}";
}
