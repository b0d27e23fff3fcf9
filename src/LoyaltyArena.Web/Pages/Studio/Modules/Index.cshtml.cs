using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Modules;

public sealed class IndexModel(LearningStudio studio, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<ModuleRow> Modules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Modules = await studio.ModulesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string title, string? summary, CancellationToken cancellationToken)
    {
        var outcome = await studio.CreateModuleAsync(User.MemberId(), title, summary ?? "", cancellationToken);
        if (outcome.Succeeded) return RedirectToPage("/Studio/Modules/Edit", new { id = outcome.Id });
        foreach (var problem in outcome.Problems) ModelState.AddModelError(string.Empty, text[problem]);
        Modules = await studio.ModulesAsync(cancellationToken);
        return Page();
    }
}
