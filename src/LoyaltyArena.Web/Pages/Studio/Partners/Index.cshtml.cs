using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Partners;

public sealed class IndexModel(PartnerDirectory partners) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<PartnerRow> List { get; private set; } = null!;

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = await partners.PageAsync(Q, Paged<PartnerRow>.Clamp(PageNumber), cancellationToken);
}
