using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Account;

/// <summary>Choose a new password from an emailed link (forgot password, or an imported member's first sign-in).</summary>
[RateLimitedPost(RateLimitedPostAttribute.SignIn)]
public sealed class ResetPasswordModel(AccountLinks links, Passwords passwords, MemberSignIn signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public string? LinkFor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        LinkFor = (await links.PeekAsync(Token, AccountLinkPurpose.ResetPassword, cancellationToken))?.DisplayName;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var member = await links.PeekAsync(Token, AccountLinkPurpose.ResetPassword, cancellationToken);
        if (member is null) return Page();
        LinkFor = member.DisplayName;
        var problems = await passwords.ProblemsAsync(member, Password, Confirmation);
        foreach (var problem in problems) ModelState.AddModelError(nameof(Password), text[problem]);
        if (problems.Count > 0) return Page();
        // Used up only now, with a valid password in hand: a typo does not cost the member their link.
        member = await links.UseAsync(Token, AccountLinkPurpose.ResetPassword, cancellationToken);
        if (member is null)
        {
            LinkFor = null;
            return Page();
        }
        await passwords.SetAndSignInAsync(member, Password!);
        TempData["Flash"] = text["Password.Set"].Value;
        return LocalRedirect(await signIn.LandingAsync(member));
    }
}
