using LoyaltyArena.Core.LiveQuiz;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Live;

/// <summary>The presenter view for a projector: join code and QR code, the question with its countdown, the podium. No buttons.</summary>
public sealed class ScreenModel(LiveQuizService quizzes, SiteLinks links) : PageModel
{
    public Stage Stage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await Stage.ForHostAsync(quizzes, links, id, User.MemberId(), controls: false, cancellationToken) is not { } stage) return NotFound();
        Stage = stage;
        return this.PartialOrPage("_Stage", Stage);
    }
}
