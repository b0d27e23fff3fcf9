using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Learning;

public sealed class ModuleModel(LearningQuery learning, QuizService quizzes) : PageModel
{
    public ModuleView Module { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var module = await learning.ModuleAsync(slug, User.MemberId(), cancellationToken);
        if (module is null) return NotFound();
        Module = module;
        return Page();
    }

    /// <summary>Starts a server-timed attempt; the clock runs from here, not from the browser.</summary>
    public async Task<IActionResult> OnPostStartAsync(string slug, int quizId, CancellationToken cancellationToken)
    {
        var attemptId = await quizzes.StartAsync(User.MemberId(), quizId, cancellationToken);
        return attemptId is null ? NotFound() : RedirectToPage("/Learning/Quiz", new { attemptId });
    }
}
