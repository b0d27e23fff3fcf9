using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Rewards;

/// <summary>What a reward is before spending on it: picture, description, how it is used, how many are left, the limit.</summary>
public sealed class DetailModel(RewardCatalog catalog, PointsLedger ledger) : PageModel
{
    public RewardDetail Detail { get; private set; } = null!;
    public CatalogItem Item => Detail.Item;
    public int Balance { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await catalog.DetailAsync(User.MemberId(), id, cancellationToken) is not { } found) return NotFound();
        Detail = found;
        Balance = await ledger.BalanceAsync(User.MemberId(), cancellationToken);
        return Page();
    }
}
