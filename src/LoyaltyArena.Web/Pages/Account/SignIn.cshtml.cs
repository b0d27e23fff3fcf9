using System.ComponentModel.DataAnnotations;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Account;

[RateLimitedPost(RateLimitedPostAttribute.SignIn)]
public sealed class SignInModel(MemberSignIn signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "SignIn.LoginRequired")]
        [StringLength(256)]
        [Display(Name = "SignIn.Login")]
        public string Login { get; set; } = "";

        [Required(ErrorMessage = "SignIn.PasswordRequired")]
        [StringLength(256)]
        [DataType(DataType.Password)]
        [Display(Name = "SignIn.Password")]
        public string Password { get; set; } = "";

        /// <summary>On by default: most clerks sign in on their own phone (the box is there for a shared one).</summary>
        [Display(Name = "SignIn.RememberMe")]
        public bool RememberMe { get; set; } = true;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        switch (await signIn.SignInAsync(Input.Login, Input.Password, Input.RememberMe))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : signIn.Landing);
            case SignInOutcome.NotAllowed:
                ModelState.AddModelError(string.Empty, text["SignIn.NotAllowed"]);
                return Page();
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, text["SignIn.LockedOut"]);
                return Page();
            default:
                ModelState.AddModelError(string.Empty, text["SignIn.Wrong"]);
                return Page();
        }
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Page("/Index")!;
}
