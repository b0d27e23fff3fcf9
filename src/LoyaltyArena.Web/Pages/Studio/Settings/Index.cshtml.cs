using LoyaltyArena.Core.Tiers;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Settings;

public sealed class IndexModel(EconomySettings settings, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public int TierWindowMonths { get; set; }

    [BindProperty]
    public int ExpiryMonths { get; set; }

    [BindProperty]
    public long? MonthlyBudgetIdr { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rules = await settings.RulesAsync(cancellationToken);
        (TierWindowMonths, ExpiryMonths, MonthlyBudgetIdr) = (rules.TierWindowMonths, rules.ExpiryMonths, rules.MonthlyBudgetIdr);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await settings.SaveRulesAsync(User.MemberId(), TierWindowMonths, ExpiryMonths, MonthlyBudgetIdr, cancellationToken);
        if (outcome.Succeeded)
        {
            Flash = text["Rules.Saved"];
            return RedirectToPage();
        }
        foreach (var problem in outcome.Problems) ModelState.AddModelError(string.Empty, text[problem]);
        return Page();
    }
}
