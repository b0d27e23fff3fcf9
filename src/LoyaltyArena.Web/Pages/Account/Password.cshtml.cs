using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Account;

/// <summary>Change password: this session stays signed in, every other session and every emailed link stops working.</summary>
[RateLimitedPost(RateLimitedPostAttribute.SignIn)]
public sealed class PasswordModel(Passwords passwords, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Current)) ModelState.AddModelError(nameof(Current), text["Password.CurrentRequired"]);
        foreach (var problem in await passwords.ProblemsAsync(null, Password, Confirmation)) ModelState.AddModelError(nameof(Password), text[problem]);
        if (!ModelState.IsValid) return Page();
        if (!await passwords.ChangeAsync(User, Current!, Password!))
        {
            ModelState.AddModelError(nameof(Current), text["Password.WrongCurrent"]);
            return Page();
        }
        Flash = text["Password.Changed"];
        return RedirectToPage();
    }
}
