using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Rewards;

/// <summary>My rewards: every code, receipt and delivery, newest first, one tap from the catalog and Home.</summary>
public sealed class MineModel(RewardCatalog catalog) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<MyRedemption> Redemptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Redemptions = await catalog.RedemptionsAsync(User.MemberId(), Shown, cancellationToken);
}
