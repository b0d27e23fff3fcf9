using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Challenges;

/// <summary>The member's challenges: running ones with their progress first, then the ones done.</summary>
public sealed class IndexModel(ChallengeService challenges, ContestService contests) : PageModel
{
    public IReadOnlyList<ChallengeCard> Cards { get; private set; } = [];
    public IReadOnlyList<Contest> Contests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cards = await challenges.ForMemberAsync(User.MemberId(), cancellationToken);
        Contests = await contests.ForMemberAsync(User.MemberId(), cancellationToken);
    }
}
