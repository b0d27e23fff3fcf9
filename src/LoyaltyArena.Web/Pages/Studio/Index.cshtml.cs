using LoyaltyArena.Core.Analytics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio;

public sealed class IndexModel(StudioDashboard dashboard) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await dashboard.GetAsync(cancellationToken);
}
