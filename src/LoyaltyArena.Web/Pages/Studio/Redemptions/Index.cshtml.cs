using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Redemptions;

/// <summary>Recent redemptions; a marketer can cancel one with a reason (points and stock come back once).</summary>
public sealed class IndexModel(RedemptionService redemptions, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<(int Id, string Member, string Reward, int Cost, string? Code, DateTime CreatedAt, RedemptionStatus Status, FulfilmentStage Stage)> Rows { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await redemptions.RecentAsync(50, cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(int redemptionId, string? reason, CancellationToken cancellationToken)
    {
        var status = await redemptions.CancelAsync(User.MemberId(), redemptionId, reason ?? "", cancellationToken);
        if (status == CancelStatus.Cancelled)
        {
            Flash = text["Cancel.Done"];
            return RedirectToPage();
        }
        ModelState.AddModelError(string.Empty, text[$"Cancel.{status}"]);
        Rows = await redemptions.RecentAsync(50, cancellationToken);
        return Page();
    }
}
