using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Account;

public sealed class SignOutModel(MemberSignIn signIn, SharedPhones phones) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // On a store's shared phone, signing out also takes the clerk off it; the others stay on it.
        if (User.IsMember()) await phones.LeaveAsync(SharedPhoneCookie.Read(Request), User.MemberId(), cancellationToken);
        await signIn.SignOutAsync(User);
        // The offline copies of this member's pages go with them (a phone may be shared).
        SharedPhoneCookie.ClearClerkData(Response);
        return RedirectToPage("/Account/SignIn");
    }
}
