using LoyaltyArena.Core.Analytics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio;

public sealed class IndexModel(StudioDashboard dashboard, Core.Rewards.FulfilmentService fulfilment) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    /// <summary>Cashback to pay and parcels to send: the work members are waiting on.</summary>
    public (int Cashback, int Parcels, long CashbackOwedIdr) Waiting { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await dashboard.GetAsync(cancellationToken);
        Waiting = await fulfilment.WaitingAsync(cancellationToken);
    }
}
