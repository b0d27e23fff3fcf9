using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Notifications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Email;

/// <summary>
/// Signed one-click unsubscribe links (RFC 8058): the token names the member and the kind of mail, is signed with the
/// app's data-protection keys (kept in the database, so every instance reads it) and needs no sign-in. A forged or
/// altered token does not read.
/// </summary>
public sealed class Unsubscribes(IDataProtectionProvider protection, IOptions<ProgramSettings> program)
{
    private const string Purpose = "LoyaltyArena.Unsubscribe.v1";

    /// <summary>Where links point when Program:PublicUrl is not set (the development address); production sets it.</summary>
    public const string DevelopmentBase = "http://localhost:5080";

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    /// <summary>The site's address for links in mail, without a trailing slash.</summary>
    public string BaseUrl => program.Value.PublicUrl is { Length: > 0 } url ? url.TrimEnd('/') : DevelopmentBase;

    public string UrlFor(int memberId, MailKind kind)
    {
        var token = Protector.Protect(FormattableString.Invariant($"{memberId}|{kind}"));
        return $"{BaseUrl}/Unsubscribe?t={Uri.EscapeDataString(token)}";
    }

    /// <returns>The member and kind, or null when the token was not made here.</returns>
    public (int MemberId, MailKind Kind)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            var parts = Protector.Unprotect(token).Split('|');
            return parts.Length == 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var member) && Enum.TryParse<MailKind>(parts[1], out var kind)
                ? (member, kind) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
