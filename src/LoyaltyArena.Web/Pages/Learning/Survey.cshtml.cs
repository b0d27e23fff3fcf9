using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Learning;

[RateLimitedPost(RateLimitedPostAttribute.Answers)]
public sealed class SurveyModel(Surveys surveys) : PageModel
{
    public SurveyForm Form { get; private set; } = null!;
    public SurveySubmitted? Submitted { get; private set; }

    [BindProperty]
    public Dictionary<int, string?> Value { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string?> Text { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var form = await surveys.FormAsync(slug, User.MemberId(), cancellationToken);
        if (form is null) return NotFound();
        Form = form;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        var form = await surveys.FormAsync(slug, User.MemberId(), cancellationToken);
        if (form is null) return NotFound();
        var answers = form.Survey.Questions.Select(q => new SurveyAnswerInput(q.Id, Value.GetValueOrDefault(q.Id), Text.GetValueOrDefault(q.Id))).ToList();
        Submitted = await surveys.SubmitAsync(form.Survey.Id, User.MemberId(), answers, cancellationToken);
        Form = Submitted.Saved ? form with { Done = true } : form;
        return Page();
    }
}
