using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Learning;

public sealed class IndexModel(LearningQuery learning, Surveys surveys) : PageModel
{
    public IReadOnlyList<ModuleCard> Modules { get; private set; } = [];
    public IReadOnlyList<SurveyCard> Surveys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Modules = await learning.ModulesAsync(User.MemberId(), cancellationToken);
        Surveys = await surveys.ForMemberAsync(User.MemberId(), cancellationToken);
    }
}
