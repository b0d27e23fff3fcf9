using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Contests;

/// <summary>A contest's live board for the member's bracket, with their own place.</summary>
public sealed class DetailModel(ContestService contests) : PageModel
{
    public ContestBoard Board { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) => Board = await contests.BoardAsync(id, User.MemberId(), cancellationToken);
}
