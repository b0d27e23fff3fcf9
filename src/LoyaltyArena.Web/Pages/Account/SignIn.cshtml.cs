using System.ComponentModel.DataAnnotations;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Account;

[RateLimitedPost(RateLimitedPostAttribute.SignIn)]
public sealed class SignInModel(MemberSignIn signIn, Core.Partners.SharedPhones phones, IStringLocalizer<SharedResource> text) : PageModel
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

    /// <summary>On a store's shared phone: the clerks already on it, who can switch with their PIN instead.</summary>
    public bool OnSharedPhone { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(SafeReturnUrl);
        OnSharedPhone = await phones.FindAsync(SharedPhoneCookie.Read(Request), cancellationToken) is { Seats.Count: > 0 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        switch (await signIn.SignInAsync(Input.Login, Input.Password, Input.RememberMe))
        {
            case SignInOutcome.SignedIn:
                // On a store's shared phone the clerk is kept on it (and a seat locked by wrong PINs opens again); one
                // without a PIN is asked for one first, so the next switch back takes a PIN instead of the password.
                if (SharedPhoneCookie.Read(Request) is { } phone && await phones.KeepAsync(phone, signIn.MemberId, HttpContext.RequestAborted)
                    && !await phones.HasPinAsync(signIn.MemberId, HttpContext.RequestAborted))
                    return RedirectToPage("/Account/Switch", null, "pin");
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
