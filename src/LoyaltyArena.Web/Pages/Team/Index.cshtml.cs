using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Referrals;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using LoyaltyArena.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Team;

/// <summary>The store owner's team: approve who joins, see how staff are doing, invite, and deactivate someone who left.</summary>
public sealed class IndexModel(TeamQuery teams, Invitations invitations, ReferralService referrals, PeopleStudio people, SharedPhones phones, SiteLinks site, IStringLocalizer<SharedResource> text) : PageModel
{
    public Core.Partners.Team Team { get; private set; } = null!;
    public IReadOnlyList<(InvitationLine Invite, ShareLink Share)> Invites { get; private set; } = [];
    public bool SharedPhonesAllowed { get; private set; }
    public IReadOnlyList<StorePhoneLine> Phones { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(int memberId, bool approve, CancellationToken cancellationToken)
    {
        await referrals.DecideAsync(User.MemberId(), memberId, approve, await teams.StoreOfAsync(User.MemberId(), cancellationToken), cancellationToken);
        return Done(approve ? "Team.Approved" : "Team.Declined");
    }

    public async Task<IActionResult> OnPostActiveAsync(int memberId, bool active, CancellationToken cancellationToken)
    {
        await people.SetActiveAsync(User.MemberId(), memberId, active, await teams.StoreOfAsync(User.MemberId(), cancellationToken), cancellationToken);
        return Done(active ? "Team.Reactivated" : "Team.Deactivated");
    }

    public async Task<IActionResult> OnPostInviteAsync(int days, CancellationToken cancellationToken)
    {
        var saved = await invitations.CreateAsync(User.MemberId(), await teams.StoreOfAsync(User.MemberId(), cancellationToken), days, needsApproval: true, cancellationToken);
        if (!saved.Succeeded)
        {
            ModelState.AddProblems(saved.Problems.Select(p => p with { Field = "" }), text);
            await LoadAsync(cancellationToken);
            return Page();
        }
        return Done("Team.InviteCreated");
    }

    public async Task<IActionResult> OnPostRevokeAsync(int invitationId, CancellationToken cancellationToken)
    {
        await invitations.RevokeAsync(User.MemberId(), invitationId, await teams.StoreOfAsync(User.MemberId(), cancellationToken), cancellationToken);
        return Done("Team.InviteRevoked");
    }

    public async Task<IActionResult> OnPostSharedPhonesAsync(bool allowed, CancellationToken cancellationToken)
    {
        await phones.SetAllowedAsync(User.MemberId(), await teams.StoreOfAsync(User.MemberId(), cancellationToken), allowed, cancellationToken);
        return Done(allowed ? "Team.PhonesOn" : "Team.PhonesOff");
    }

    public async Task<IActionResult> OnPostRemovePhoneAsync(int phoneId, CancellationToken cancellationToken)
    {
        await phones.RemoveAsync(User.MemberId(), await teams.StoreOfAsync(User.MemberId(), cancellationToken), phoneId, cancellationToken);
        return Done("Team.PhoneRemoved");
    }

    private IActionResult Done(string key)
    {
        Flash = text[key];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Team = await teams.ForOwnerAsync(User.MemberId(), cancellationToken);
        var invites = await invitations.ForPartnerAsync(Team.StoreId, 10, cancellationToken);
        SharedPhonesAllowed = await phones.StoreAllowsAsync(Team.StoreId, cancellationToken);
        Phones = SharedPhonesAllowed ? await phones.ForStoreAsync(Team.StoreId, cancellationToken) : [];
        Invites = invites.Select(i => (i, ShareLinks.For(site.Join(i.Code), text["Team.WhatsAppMessage", Team.Store].Value))).ToList();
    }
}
