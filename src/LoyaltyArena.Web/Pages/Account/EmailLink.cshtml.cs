using System.ComponentModel.DataAnnotations;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Account;

/// <summary>
/// "Kirim link masuk": ask for a one-time sign-in link, then open it. Opening shows a button rather than signing in
/// at once, so a mail scanner that fetches the link does not use it up.
/// </summary>
[RateLimitedPost(RateLimitedPostAttribute.SignIn)]
public sealed class EmailLinkModel(AccountLinks links, SiteLinks site, MemberSignIn signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    [StringLength(256, ErrorMessage = "SignIn.LoginRequired")]
    public string Login { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Sent { get; private set; }

    /// <summary>The member the opened link belongs to; null when the link is unknown, used or expired.</summary>
    public string? LinkFor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Token is not null) LinkFor = (await links.PeekAsync(Token, AccountLinkPurpose.SignIn, cancellationToken))?.DisplayName;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Login)) ModelState.AddModelError(nameof(Login), text["SignIn.LoginRequired"]);
        if (!ModelState.IsValid) return Page();
        await links.RequestAsync(Login, AccountLinkPurpose.SignIn, site.ForAccounts(), cancellationToken);
        Sent = true;
        return Page();
    }

    public async Task<IActionResult> OnPostUseAsync(CancellationToken cancellationToken)
    {
        var member = await links.UseAsync(Token, AccountLinkPurpose.SignIn, cancellationToken);
        if (member is null) return Page();
        await signIn.SignInByLinkAsync(member);
        return LocalRedirect(signIn.Landing);
    }
}
