using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Media;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Modules;

/// <summary>One training: its settings, Markdown lessons and the quiz's question bank.</summary>
[RequestSizeLimit(2_500_000)]
public sealed class EditModel(LearningStudio studio, Media.IMediaStore media, IStringLocalizer<SharedResource> text) : PageModel
{
    public ModuleDraft Module { get; private set; } = null!;

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostModuleAsync(int id, string title, string? summary, int minutes, PartnerKind? partnerKind, string? region, bool published, CancellationToken cancellationToken) =>
        await DoneAsync(id, await studio.EditModuleAsync(User.MemberId(), id, title, summary ?? "", minutes, partnerKind, region, published, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostLessonAsync(int id, int? lessonId, string title, string body, string? videoUrl, CancellationToken cancellationToken) =>
        await DoneAsync(id, await studio.SaveLessonAsync(User.MemberId(), id, lessonId, title, body, videoUrl, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCoverAsync(int id, IFormFile? cover, CancellationToken cancellationToken)
    {
        var (name, problem) = await media.SaveImageAsync(cover, cancellationToken);
        if (problem is not null) return await DoneAsync(id, StudioOutcome.Refused(problem), cancellationToken);
        return await DoneAsync(id, await studio.SetCoverAsync(User.MemberId(), id, name!, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveLessonAsync(int id, int lessonId, CancellationToken cancellationToken) =>
        await DoneAsync(id, await studio.RemoveLessonAsync(User.MemberId(), id, lessonId, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostQuizAsync(int id, int passMark, int points, int timeLimit, int? drawCount, int? maxAttempts, int cooldown, CancellationToken cancellationToken) =>
        await DoneAsync(id, await studio.SaveQuizAsync(User.MemberId(), id, passMark, points, timeLimit, drawCount, maxAttempts, cooldown, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostQuestionAsync(int id, string text, string? explanation, string options, CancellationToken cancellationToken) =>
        await DoneAsync(id, await studio.AddQuestionAsync(User.MemberId(), id, text, explanation ?? "", options, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRemoveQuestionAsync(int id, int questionId, CancellationToken cancellationToken) =>
        await DoneAsync(id, await studio.RemoveQuestionAsync(User.MemberId(), id, questionId, cancellationToken), cancellationToken);

    private async Task<IActionResult> DoneAsync(int id, StudioOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            Flash = text["Module.Saved"];
            return RedirectToPage(new { id });
        }
        foreach (var problem in outcome.Problems) ModelState.AddModelError(string.Empty, text[problem]);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var module = await studio.ModuleAsync(id, cancellationToken);
        if (module is null) return false;
        Module = module;
        return true;
    }
}
