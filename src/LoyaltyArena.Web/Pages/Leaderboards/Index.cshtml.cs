using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Leaderboards;

/// <summary>Boards in every scope and period: /Leaderboards?scope=all|region|partnertype|team|stores|distributors&amp;period=week|month|all&amp;past=1.</summary>
public sealed class IndexModel(LeaderboardQuery boards, BoardPrivacy privacy, ContestService contests) : PageModel
{
    public Board Board { get; private set; } = null!;
    public bool Anonymous { get; private set; }
    public IReadOnlyList<Contest> Contests { get; private set; } = [];

    public static readonly BoardScope[] Scopes = Enum.GetValues<BoardScope>();

    public async Task<IActionResult> OnGetAsync(string? scope, string? period, int past = 0, CancellationToken cancellationToken = default)
    {
        var boardScope = Enum.TryParse<BoardScope>(scope, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : BoardScope.All;
        Board = await boards.GetAsync(boardScope, LeaderboardPeriods.Parse(period), past == 1, User.MemberId(), cancellationToken);
        if (Request.IsHtmx()) return Partial("_Board", Board);
        Anonymous = await privacy.IsAnonymousAsync(User.MemberId(), cancellationToken);
        Contests = (await contests.ForMemberAsync(User.MemberId(), cancellationToken)).Where(c => c.Status == ContestStatus.Live).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostPrivacyAsync(bool anonymous, string? scope, string? period, CancellationToken cancellationToken)
    {
        await privacy.SetAnonymousAsync(User.MemberId(), anonymous, cancellationToken);
        return RedirectToPage(new { scope, period });
    }

    /// <summary>The query string of a board link: the default scope and period stay out of it.</summary>
    public static object Route(BoardScope scope, LeaderboardPeriod period, bool past = false) => new
    {
        scope = scope == BoardScope.All ? null : scope.ToString().ToLowerInvariant(),
        period = period == LeaderboardPeriod.Week ? null : LeaderboardPeriods.Name(period),
        past = past ? 1 : (int?)null,
    };
}
