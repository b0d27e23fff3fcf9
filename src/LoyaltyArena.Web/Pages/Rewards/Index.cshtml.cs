using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Rewards;

/// <summary>The catalog: what I can take now first; each reward opens its details or its one confirmation.</summary>
public sealed class IndexModel(RewardCatalog catalog, PointsLedger ledger) : PageModel
{
    public sealed record CatalogView(int Balance, IReadOnlyList<CatalogItem> Items, bool DearestFirst = false, int? Wish = null);

    public CatalogView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public RewardCategory? Category { get; set; }

    /// <summary>"desc" puts the dearest first; otherwise what I can take now comes first, then the cheapest.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await LoadAsync(cancellationToken);

    /// <summary>Marks a reward as the goal shown on Home (again to unmark).</summary>
    public async Task<IActionResult> OnPostWishAsync(int rewardId, CancellationToken cancellationToken)
    {
        await catalog.ToggleWishAsync(User.MemberId(), rewardId, cancellationToken);
        return RedirectToPage();
    }

    private async Task<CatalogView> LoadAsync(CancellationToken cancellationToken)
    {
        var memberId = User.MemberId();
        var items = (await catalog.ForMemberAsync(memberId, cancellationToken))
            .Where(i => Category is null || i.Offer.Category == Category)
            .Where(i => string.IsNullOrWhiteSpace(Q) || i.Offer.Name.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new CatalogView(
            await ledger.BalanceAsync(memberId, cancellationToken),
            items,
            Sort == "desc",
            await catalog.WishAsync(memberId, cancellationToken));
    }
}
