using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Learning;

[RateLimitedPost(RateLimitedPostAttribute.Answers)]
public sealed class QuizModel(QuizService quizzes) : PageModel
{
    public QuizSheet? Sheet { get; private set; }
    public QuizResult? Result { get; private set; }

    /// <summary>Chosen option ids per question id: one for a radio group, any number for checkboxes.</summary>
    [BindProperty]
    public Dictionary<int, List<int>> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int attemptId, CancellationToken cancellationToken)
    {
        Sheet = await quizzes.SheetAsync(attemptId, User.MemberId(), cancellationToken);
        Result = Sheet is null ? await quizzes.ResultAsync(attemptId, User.MemberId(), cancellationToken) : null;
        return Sheet is null && Result is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int attemptId, CancellationToken cancellationToken)
    {
        Result = await quizzes.SubmitAsync(attemptId, User.MemberId(), Answers.Values.SelectMany(ids => ids).ToList(), cancellationToken);
        if (Result is null) return NotFound();
        return this.PartialOrPage("_Result", Result);
    }
}
