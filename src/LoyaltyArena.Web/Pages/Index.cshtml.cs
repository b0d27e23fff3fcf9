using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages;

public sealed class IndexModel(HomeScreen home) : PageModel
{
    public HomeView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await home.GetAsync(User.MemberId(), cancellationToken);
        if (view is null) return Forbid();
        View = view;
        return Page();
    }

    /// <summary>The live part of the home screen, re-fetched when points or the board change.</summary>
    public async Task<IActionResult> OnGetSummaryAsync(CancellationToken cancellationToken)
    {
        var result = await OnGetAsync(cancellationToken);
        return result is PageResult ? this.PartialOrPage("_Summary", View) : result;
    }
}
