using LoyaltyArena.Core.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Rules;

public sealed class IndexModel(RulesBook book) : PageModel
{
    public RulesView Rules { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rules = await book.GetAsync(cancellationToken);
}
