using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Leaderboards;

public sealed class IndexModel(LeaderboardQuery boards) : PageModel
{
    public const int Size = 20;

    public Board Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(LeaderboardPeriod period = LeaderboardPeriod.Week, CancellationToken cancellationToken = default)
    {
        if (period == LeaderboardPeriod.Month) period = LeaderboardPeriod.Week;
        Board = await boards.GetAsync(period, User.MemberId(), Size, cancellationToken);
        return this.PartialOrPage("_Board", Board);
    }
}
