using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Learning;

public sealed class ModuleModel(LearningQuery learning, QuizService quizzes, IStringLocalizer<SharedResource> text, Formats formats) : PageModel
{
    public ModuleView Module { get; private set; } = null!;
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var module = await learning.ModuleAsync(slug, User.MemberId(), User.CanUseStudio(), cancellationToken);
        if (module is null) return NotFound();
        Module = module;
        return Page();
    }

    /// <summary>Starts (or resumes) a server-timed attempt; the clock runs from here, not from the browser.</summary>
    public async Task<IActionResult> OnPostStartAsync(string slug, int quizId, CancellationToken cancellationToken)
    {
        var started = await quizzes.StartAsync(User.MemberId(), quizId, cancellationToken);
        if (started.AttemptId is { } attemptId) return RedirectToPage("/Learning/Quiz", new { attemptId });
        if (started.Check.Allowed) return NotFound();
        Refusal = started.Check.Refusal == StartRefusal.NoAttemptsLeft
            ? text["Quiz.NoAttemptsLeft"]
            : text["Quiz.CoolingDown", formats.DateTime(started.Check.TryAgainAt!.Value)];
        return await OnGetAsync(slug, cancellationToken);
    }
}
