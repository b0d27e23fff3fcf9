using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Partners;

/// <summary>A distributor, retailer or store: create, or edit (and close) an existing one.</summary>
public sealed class EditModel(PartnerDirectory partners, PeopleStudio studio, Core.Referrals.Invitations invitations, SiteLinks site, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public PartnerKind Kind { get; set; } = PartnerKind.Store;
        public string? Code { get; set; }
        public string? Region { get; set; }
        public string? City { get; set; }
        public StoreSize? Size { get; set; }
        public int? ParentId { get; set; }
        public bool Active { get; set; } = true;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<(int Id, string Name, PartnerKind Kind)> Parents { get; private set; } = [];

    /// <summary>The store's invite links, for a marketer opening a new store or helping an owner.</summary>
    public IReadOnlyList<(Core.Referrals.InvitationLine Invite, Sharing.ShareLink Share)> Invites { get; private set; } = [];

    public async Task<IActionResult> OnPostInviteAsync(int id, int days, bool needsApproval, CancellationToken cancellationToken)
    {
        var saved = await invitations.CreateAsync(User.MemberId(), id, days, needsApproval, cancellationToken);
        if (saved.Succeeded)
        {
            Flash = text["Team.InviteCreated"];
            return RedirectToPage(new { id });
        }
        ModelState.AddProblems(saved.Problems.Select(p => p with { Field = "" }), text);
        return await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int invitationId, CancellationToken cancellationToken)
    {
        await invitations.RevokeAsync(User.MemberId(), invitationId, id, cancellationToken);
        Flash = text["Team.InviteRevoked"];
        return RedirectToPage(new { id });
    }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var row = await partners.FindAsync(id.Value, cancellationToken);
            if (row is null) return NotFound();
            Input = new InputModel { Name = row.Name, Kind = row.Kind, Code = row.Code, Region = row.Region, City = row.City, Size = row.Size, ParentId = row.ParentId, Active = row.Active };
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (ModelState.IsValid)
        {
            var parent = Input.ParentId is { } p && (await partners.ChoicesAsync(cancellationToken)).Any(c => c.Id == p) ? p : (int?)null;
            if (Input.ParentId is not null && parent is null) return NotFound();
            var saved = await studio.SavePartnerAsync(User.MemberId(), id, new PartnerInput(Input.Name, Input.Kind, Input.Region, Input.City, Input.Size,
                string.IsNullOrWhiteSpace(Input.Code) ? null : Input.Code, parent), Input.Active, cancellationToken);
            if (saved.Succeeded)
            {
                Flash = text["Partners.Saved"];
                return RedirectToPage("/Studio/Partners/Index", new { q = Input.Code ?? Input.Name });
            }
            ModelState.AddProblems(saved.Problems, text);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Parents = (await partners.ChoicesAsync(cancellationToken)).Where(c => c.Kind != PartnerKind.Store && c.Id != Id).ToList();
        if (Id is { } id)
            Invites = (await invitations.ForPartnerAsync(id, 10, cancellationToken))
                .Select(i => (i, Sharing.ShareLinks.For(site.Join(i.Code), text["Team.WhatsAppMessage", i.Store].Value))).ToList();
    }
}
