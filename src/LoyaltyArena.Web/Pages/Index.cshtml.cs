using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages;

public sealed class IndexModel(HomeScreen home, TeamQuery teams) : PageModel
{
    public HomeView View { get; private set; } = null!;

    /// <summary>For a store owner: how many people wait for their approval (the team card).</summary>
    public int? TeamWaiting { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await home.GetAsync(User.MemberId(), cancellationToken);
        if (view is null) return Forbid();
        View = view;
        if (User.IsInRole(Roles.Owner)) TeamWaiting = await teams.WaitingAsync(User.MemberId(), cancellationToken);
        return Page();
    }

    /// <summary>The live part of the home screen, re-fetched when points or the board change.</summary>
    public async Task<IActionResult> OnGetSummaryAsync(CancellationToken cancellationToken)
    {
        var result = await OnGetAsync(cancellationToken);
        return result is PageResult ? this.PartialOrPage("_Summary", View) : result;
    }
}
