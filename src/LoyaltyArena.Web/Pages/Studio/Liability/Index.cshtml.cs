using LoyaltyArena.Core.Analytics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Liability;

public sealed class IndexModel(Core.Analytics.Liability liability) : PageModel
{
    public LiabilityView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await liability.GetAsync(cancellationToken);
}
