using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Learning;

/// <summary>One question per screen; each step is saved on the server, so a dropped connection loses nothing.</summary>
[RateLimitedPost(RateLimitedPostAttribute.Answers)]
public sealed class QuizModel(QuizService quizzes) : PageModel
{
    public QuizStep? Step { get; private set; }
    public QuizResult? Result { get; private set; }

    /// <summary>Chosen option ids per question id: one for a radio group, any number for checkboxes.</summary>
    [BindProperty]
    public Dictionary<int, List<int>> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int attemptId, int step = 0, CancellationToken cancellationToken = default)
    {
        Step = await quizzes.StepAsync(attemptId, User.MemberId(), step, cancellationToken);
        Result = Step is null ? await quizzes.ResultAsync(attemptId, User.MemberId(), cancellationToken) : null;
        return Step is null && Result is null ? NotFound() : Page();
    }

    /// <summary>Saves this screen's answer, then shows the next or previous question, or scores the attempt.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(int attemptId, int step, int questionId, string? go, CancellationToken cancellationToken)
    {
        if (!await quizzes.AnswerAsync(attemptId, User.MemberId(), questionId, Answers.GetValueOrDefault(questionId) ?? [], cancellationToken))
            return await ShowResultAsync(attemptId, cancellationToken);
        if (go == "submit") return await SubmitAsync(attemptId, null, cancellationToken);
        Step = await quizzes.StepAsync(attemptId, User.MemberId(), go == "back" ? step - 1 : step + 1, cancellationToken);
        return this.PartialOrPage("_Step", Step!);
    }

    /// <summary>Scores a whole paper posted at once (every question's answers in one form).</summary>
    public Task<IActionResult> OnPostAsync(int attemptId, CancellationToken cancellationToken) =>
        SubmitAsync(attemptId, Answers.ToDictionary(a => a.Key, a => (IReadOnlyCollection<int>)a.Value), cancellationToken);

    private async Task<IActionResult> SubmitAsync(int attemptId, IReadOnlyDictionary<int, IReadOnlyCollection<int>>? answers, CancellationToken cancellationToken)
    {
        Result = await quizzes.SubmitAsync(attemptId, User.MemberId(), answers, cancellationToken);
        return Result is null ? NotFound() : this.PartialOrPage("_Result", Result);
    }

    private async Task<IActionResult> ShowResultAsync(int attemptId, CancellationToken cancellationToken)
    {
        Result = await quizzes.ResultAsync(attemptId, User.MemberId(), cancellationToken);
        return Result is null ? NotFound() : this.PartialOrPage("_Result", Result);
    }
}
