using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Export;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Surveys;

/// <summary>Write surveys, publish them, and read what members answered, with the NPS.</summary>
public sealed class IndexModel(Core.Learning.Surveys surveys, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<SurveyResults> Results { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string title, string? intro, int points, CancellationToken cancellationToken) =>
        await DoneAsync(await surveys.CreateAsync(User.MemberId(), title, intro ?? "", points, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAskAsync(int surveyId, SurveyQuestionKind kind, string text, string? options, CancellationToken cancellationToken) =>
        await DoneAsync(await surveys.AskAsync(User.MemberId(), surveyId, kind, text, options, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(int surveyId, bool published, CancellationToken cancellationToken) =>
        await DoneAsync(await surveys.PublishAsync(User.MemberId(), surveyId, published, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(int surveyId, CancellationToken cancellationToken)
    {
        var (header, rows) = await surveys.ExportAsync(surveyId, cancellationToken);
        return CsvFile.Create($"survey-{surveyId}-answers.csv", header, rows);
    }

    private async Task<IActionResult> DoneAsync(StudioOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            Flash = text["Module.Saved"];
            return RedirectToPage();
        }
        foreach (var problem in outcome.Problems) ModelState.AddModelError(string.Empty, text[problem]);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = new List<SurveyResults>();
        foreach (var survey in await surveys.AllAsync(cancellationToken))
            if (await surveys.ResultsAsync(survey.Id, cancellationToken) is { } results) all.Add(results);
        Results = all;
    }
}
