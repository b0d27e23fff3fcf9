using LoyaltyArena.Core.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Surveys;

public sealed class IndexModel(Core.Learning.Surveys surveys) : PageModel
{
    public IReadOnlyList<SurveyResults> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var all = new List<SurveyResults>();
        foreach (var survey in await surveys.AllAsync(cancellationToken))
            if (await surveys.ResultsAsync(survey.Id, cancellationToken) is { } results) all.Add(results);
        Results = all;
        return Page();
    }
}
