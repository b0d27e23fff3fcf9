using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Web.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Unsubscribe;

/// <summary>
/// /Unsubscribe?t=…: the signed link from a marketing email, no sign-in. A person sees one button; a mail client's
/// one-click POST (RFC 8058, body "List-Unsubscribe=One-Click") does the same without a form token, which is why the
/// POST takes no antiforgery token: the signed link is the proof, and it can only turn mail off.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class IndexModel(Unsubscribes links, MailPreferences preferences) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    public MailKind? Kind { get; private set; }
    public bool Done { get; private set; }
    public bool Already { get; private set; }

    public IActionResult OnGet()
    {
        if (links.Read(Token) is not { } target) return Refused();
        Kind = target.Kind;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (links.Read(Token) is not { } target) return Refused();
        Kind = target.Kind;
        Already = !await preferences.SetAsync(target.MemberId, target.Kind, email: false, cancellationToken);
        Done = true;
        return Page();
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
