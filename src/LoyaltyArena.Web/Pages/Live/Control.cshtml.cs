using LoyaltyArena.Core.LiveQuiz;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using LoyaltyArena.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Live;

/// <summary>The host's controls (start, next, finish) over the same stage the presenter screen shows.</summary>
public sealed class ControlModel(LiveQuizService quizzes, SiteLinks links) : PageModel
{
    public Stage Stage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await Stage.ForHostAsync(quizzes, links, id, User.MemberId(), controls: true, cancellationToken) is not { } stage) return NotFound();
        Stage = stage;
        return this.PartialOrPage("_Stage", Stage);
    }

    public async Task<IActionResult> OnPostNextAsync(int id, CancellationToken cancellationToken)
    {
        await quizzes.NextAsync(User.MemberId(), id, cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostFinishAsync(int id, CancellationToken cancellationToken)
    {
        await quizzes.FinishAsync(User.MemberId(), id, cancellationToken);
        return RedirectToPage(new { id });
    }
}

/// <summary>What the stage partial shows: the session, the join link and QR code, and whether the host's buttons are on it.</summary>
public sealed record Stage(LiveView View, ShareLink Share, bool Controls)
{
    /// <summary>The stage of a session for its host; null for anyone else (a 404: others do not learn it exists).</summary>
    public static async Task<Stage?> ForHostAsync(LiveQuizService quizzes, SiteLinks links, int id, int memberId, bool controls, CancellationToken cancellationToken)
    {
        var view = await quizzes.ViewAsync(id, memberId, cancellationToken);
        return view.IsHost ? new Stage(view, ShareLinks.For(links.Absolute($"/Live/{view.Session.Code}"), view.Session.Title), controls) : null;
    }
}
