using LoyaltyArena.Core.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Audit;

public sealed class IndexModel(AuditLog log) : PageModel
{
    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lines = await log.RecentAsync(null, null, 200, cancellationToken);
}
