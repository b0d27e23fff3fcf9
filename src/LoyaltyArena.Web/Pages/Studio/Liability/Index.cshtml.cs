using LoyaltyArena.Core.Analytics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Liability;

public sealed class IndexModel(Core.Analytics.Liability liability, Core.Rewards.FulfilmentService fulfilment) : PageModel
{
    public LiabilityView View { get; private set; } = null!;

    /// <summary>Cashback redeemed but not yet paid is money owed now, on top of the points outstanding.</summary>
    public long CashbackOwedIdr { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await liability.GetAsync(cancellationToken);
        CashbackOwedIdr = (await fulfilment.WaitingAsync(cancellationToken)).CashbackOwedIdr;
    }
}
