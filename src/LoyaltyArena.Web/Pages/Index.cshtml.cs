using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages;

public sealed class IndexModel(HomeScreen home, TeamQuery teams, Core.Challenges.ChallengeService challenges, Core.Data.ArenaDbContext db,
    Core.Common.ProgramCalendar calendar, TimeProvider clock) : PageModel
{
    public Core.Challenges.ChallengeCard? ClosestChallenge { get; private set; }
    public Core.Challenges.StreakView Streak { get; private set; } = new(0, 0, false);

    public HomeView View { get; private set; } = null!;

    /// <summary>For a store owner: how many people wait for their approval (the team card).</summary>
    public int? TeamWaiting { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await home.GetAsync(User.MemberId(), cancellationToken);
        if (view is null) return Forbid();
        View = view;
        ClosestChallenge = await challenges.ClosestAsync(User.MemberId(), cancellationToken);
        Streak = await Core.Challenges.Streaks.ForMemberAsync(db, calendar, clock, User.MemberId(), cancellationToken);
        if (User.IsInRole(Roles.Owner)) TeamWaiting = await teams.WaitingAsync(User.MemberId(), cancellationToken);
        return Page();
    }

    /// <summary>The live part of the home screen, re-fetched when points or the board change.</summary>
    public async Task<IActionResult> OnGetSummaryAsync(CancellationToken cancellationToken)
    {
        var result = await OnGetAsync(cancellationToken);
        return result is PageResult ? this.PartialOrPage("_Summary", View) : result;
    }
}
