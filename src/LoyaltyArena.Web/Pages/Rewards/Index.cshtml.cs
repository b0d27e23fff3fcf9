using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Rewards;

public sealed class IndexModel(RewardCatalog catalog, RedemptionService redemptions, PointsLedger ledger) : PageModel
{
    public sealed record CatalogView(int Balance, IReadOnlyList<CatalogItem> Items, IReadOnlyList<MyRedemption> Mine, RedeemOutcome? Outcome, bool DearestFirst = false, int? Wish = null);

    public CatalogView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public RewardCategory? Category { get; set; }

    /// <summary>"desc" puts the dearest first; otherwise what I can take now comes first, then the cheapest.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await LoadAsync(null, cancellationToken);

    /// <param name="requestKey">Rendered into each form; the same key posted twice redeems once.</param>
    public async Task<IActionResult> OnPostRedeemAsync(int rewardId, string requestKey, CancellationToken cancellationToken)
    {
        var outcome = await redemptions.RedeemAsync(User.MemberId(), rewardId, requestKey, cancellationToken);
        if (outcome.RedemptionId is { } done) return ReceiptModel.Show(this, done, outcome.Status);
        View = await LoadAsync(outcome, cancellationToken);
        return this.PartialOrPage("_Catalog", View);
    }

    /// <summary>Marks a reward as the goal shown on Home (again to unmark).</summary>
    public async Task<IActionResult> OnPostWishAsync(int rewardId, CancellationToken cancellationToken)
    {
        await catalog.ToggleWishAsync(User.MemberId(), rewardId, cancellationToken);
        return RedirectToPage();
    }

    private async Task<CatalogView> LoadAsync(RedeemOutcome? outcome, CancellationToken cancellationToken)
    {
        var memberId = User.MemberId();
        var items = (await catalog.ForMemberAsync(memberId, cancellationToken))
            .Where(i => Category is null || i.Offer.Category == Category)
            .Where(i => string.IsNullOrWhiteSpace(Q) || i.Offer.Name.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new CatalogView(
            await ledger.BalanceAsync(memberId, cancellationToken),
            items,
            await catalog.RedemptionsAsync(memberId, 10, cancellationToken),
            outcome,
            Sort == "desc",
            await catalog.WishAsync(memberId, cancellationToken));
    }
}
