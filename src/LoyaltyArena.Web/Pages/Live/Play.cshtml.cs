using LoyaltyArena.Core.LiveQuiz;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Live;

/// <summary>A player's phone in a Kuis Live: the question with its countdown, then the answer and the podium.</summary>
[RateLimitedPost(RateLimitedPostAttribute.Answers)]
public sealed class PlayModel(LiveQuizService quizzes) : PageModel
{
    public LiveView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await quizzes.IdOfAsync(code, cancellationToken) is not { } id) return NotFound();
        View = await quizzes.ViewAsync(id, User.MemberId(), cancellationToken);
        return this.PartialOrPage("_Play", View);
    }

    public async Task<IActionResult> OnPostJoinAsync(string code, CancellationToken cancellationToken)
    {
        var (_, problem) = await quizzes.JoinAsync(User.MemberId(), code, cancellationToken);
        return problem is null ? RedirectToPage(new { code }) : RedirectToPage("/Live/Index", new { code });
    }

    public async Task<IActionResult> OnPostAnswerAsync(string code, int index, int[] option, CancellationToken cancellationToken)
    {
        if (await quizzes.IdOfAsync(code, cancellationToken) is not { } id) return NotFound();
        await quizzes.AnswerAsync(User.MemberId(), id, index, option, cancellationToken);
        View = await quizzes.ViewAsync(id, User.MemberId(), cancellationToken);
        return Request.IsHtmx() ? Partial("_Play", View) : RedirectToPage(new { code });
    }
}
