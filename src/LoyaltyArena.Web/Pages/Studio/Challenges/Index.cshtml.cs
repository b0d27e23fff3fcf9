using LoyaltyArena.Core.Challenges;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Challenges;

public sealed class IndexModel(ChallengeStudio studio) : PageModel
{
    public IReadOnlyList<ChallengeLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lines = await studio.ListAsync(cancellationToken);
}
