using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Account;

/// <summary>Switches between Bahasa Indonesia and English; a signed-in member's choice also sets their email language.</summary>
[AllowAnonymous]
public sealed class LanguageModel(UserManager<Member> users, Microsoft.Extensions.Options.IOptions<Core.Common.ProgramSettings> program) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string language, string? returnUrl)
    {
        var chosen = Languages.Normalize(language);
        LocalizationSetup.WriteCultureCookie(Response, LocalizationSetup.CultureFor(chosen, program.Value));
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } member)
        {
            member.ChooseLanguage(chosen);
            await users.UpdateAsync(member);
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Page("/Index")!);
    }
}
