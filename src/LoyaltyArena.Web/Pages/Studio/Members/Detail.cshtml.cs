using System.ComponentModel.DataAnnotations;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Tiers;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Members;

public sealed class DetailModel(MemberDirectory directory, TierService tiers, LedgerHistory history, Adjustments adjustments, Core.Rewards.RedemptionService redemptions,
    PeopleStudio people, Core.Referrals.ReferralService referrals, SiteLinks site, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class AdjustInput
    {
        public bool Credit { get; set; } = true;

        [Required(ErrorMessage = "Adjust.PointsRange")]
        [Range(1, Adjustments.MaxPoints, ErrorMessage = "Adjust.PointsRange")]
        public int? Points { get; set; }

        [Required(ErrorMessage = "Adjust.ReasonRequired")]
        [StringLength(200, MinimumLength = 5, ErrorMessage = "Adjust.ReasonRequired")]
        public string Reason { get; set; } = "";

        public string RequestKey { get; set; } = Guid.NewGuid().ToString("N");
    }

    [BindProperty]
    public AdjustInput Input { get; set; } = new();

    public DirectoryRow Member { get; private set; } = null!;

    /// <summary>Store staff and owners are managed here; the program's own team is not.</summary>
    public bool IsPartnerMember => MemberRoles.PartnerRoles.Contains(Member.Role);
    public TierStatus Tier { get; private set; } = null!;
    public IReadOnlyList<HistoryLine> Lines { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAdjustAsync(int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await adjustments.AdjustAsync(User.MemberId(), id, Input.Credit ? Input.Points!.Value : -Input.Points!.Value, Input.Reason, Input.RequestKey, cancellationToken);
            if (outcome.Succeeded) return Done(id, "Adjust.Done");
            Explain(outcome);
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReverseAsync(int id, long entryId, string reason, CancellationToken cancellationToken)
    {
        var outcome = await adjustments.ReverseAsync(User.MemberId(), entryId, reason, cancellationToken);
        if (outcome.Succeeded) return Done(id, "Reverse.Done");
        Explain(outcome);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Admins stop (with a reason) or resume a member's redemptions.</summary>
    public async Task<IActionResult> OnPostSuspendAsync(int id, string? reason, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Core.Partners.Roles.Admin)) return Forbid();
        await redemptions.SuspendAsync(User.MemberId(), id, reason, cancellationToken);
        return Done(id, string.IsNullOrWhiteSpace(reason) ? "Suspend.Resumed" : "Suspend.Done");
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active, CancellationToken cancellationToken)
    {
        if (!await PartnerMemberAsync(id, cancellationToken)) return NotFound();
        await people.SetActiveAsync(User.MemberId(), id, active, null, cancellationToken);
        return Done(id, active ? "Team.Reactivated" : "Team.Deactivated");
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, bool approve, CancellationToken cancellationToken)
    {
        if (!await PartnerMemberAsync(id, cancellationToken)) return NotFound();
        await referrals.DecideAsync(User.MemberId(), id, approve, null, cancellationToken);
        return Done(id, approve ? "Team.Approved" : "Team.Declined");
    }

    public async Task<IActionResult> OnPostSendLinkAsync(int id, CancellationToken cancellationToken)
    {
        if (!await PartnerMemberAsync(id, cancellationToken)) return NotFound();
        return Done(id, await people.SendSignInLinkAsync(id, site.ForAccounts(), cancellationToken) ? "Members.LinkSent" : "Members.NoLink");
    }

    private async Task<bool> PartnerMemberAsync(int id, CancellationToken cancellationToken) =>
        await directory.FindAsync(id, cancellationToken) is { } row && MemberRoles.PartnerRoles.Contains(row.Role);

    private IActionResult Done(int id, string message)
    {
        Flash = text[message];
        return RedirectToPage(new { id });
    }

    private void Explain(AdjustOutcome outcome)
    {
        foreach (var problem in outcome.Problems ?? [$"Adjust.{outcome.Status}"])
            ModelState.AddModelError(string.Empty, text[problem]);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var member = await directory.FindAsync(id, cancellationToken);
        if (member is null) return false;
        Member = member;
        Tier = await tiers.StatusAsync(id, cancellationToken);
        Lines = await history.ForMemberAsync(id, HistoryFilter.All, 50, cancellationToken);
        return true;
    }
}
