using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Partners;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Security;

/// <summary>Absolute addresses for emailed links and shared invites, on the configured public address when there is one.</summary>
public sealed class SiteLinks(IHttpContextAccessor http, IOptions<ProgramSettings> program)
{
    public string Base
    {
        get
        {
            if (program.Value.PublicUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
            var request = http.HttpContext?.Request ?? throw new InvalidOperationException("No request to take the site address from.");
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public string Absolute(string path) => Base + path;

    public AccountLinkUrl ForAccounts()
    {
        var root = Base;
        return (purpose, token) => purpose == AccountLinkPurpose.SignIn
            ? $"{root}/Account/EmailLink?token={Uri.EscapeDataString(token)}"
            : $"{root}/Account/ResetPassword?token={Uri.EscapeDataString(token)}";
    }

    public string Join(string code) => $"{Base}/Join/{Uri.EscapeDataString(code)}";
}
