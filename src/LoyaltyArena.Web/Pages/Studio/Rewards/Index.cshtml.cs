using LoyaltyArena.Core.Rewards;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Rewards;

public sealed class IndexModel(RewardStudio studio) : PageModel
{
    public IReadOnlyList<StudioReward> Rewards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rewards = await studio.ListAsync(cancellationToken);
}
