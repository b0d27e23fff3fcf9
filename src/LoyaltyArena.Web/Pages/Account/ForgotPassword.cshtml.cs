using System.ComponentModel.DataAnnotations;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Account;

/// <summary>"Lupa kata sandi": the answer is the same whether or not the email or phone has an account.</summary>
[RateLimitedPost(RateLimitedPostAttribute.SignIn)]
public sealed class ForgotPasswordModel(AccountLinks links, SiteLinks site) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "SignIn.LoginRequired")]
    [StringLength(256, ErrorMessage = "SignIn.LoginRequired")]
    public string Login { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        await links.RequestAsync(Login, AccountLinkPurpose.ResetPassword, site.ForAccounts(), cancellationToken);
        Sent = true;
        return Page();
    }
}
