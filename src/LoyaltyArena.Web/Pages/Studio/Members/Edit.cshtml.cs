using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Members;

/// <summary>Add a member, or edit one (moving them to another store keeps their points and history).</summary>
public sealed class EditModel(MemberDirectory directory, PartnerDirectory partners, PeopleStudio studio, SiteLinks site, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public int PartnerId { get; set; }
        public string Role { get; set; } = Roles.Staff;
        public string Language { get; set; } = Languages.Indonesian;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<(int Id, string Name, PartnerKind Kind)> Stores { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var row = await directory.FindAsync(id.Value, cancellationToken);
            if (row is null || !MemberRoles.PartnerRoles.Contains(row.Role)) return NotFound();
            Input = new InputModel { Name = row.DisplayName, Phone = row.PhoneNumber, Email = row.Email, PartnerId = row.PartnerId, Role = row.Role, Language = row.Language };
        }
        Stores = await partners.ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (ModelState.IsValid)
        {
            var saved = await studio.SaveMemberAsync(User.MemberId(), id, new MemberInput(Input.Name, Input.Phone, Input.Email, Input.PartnerId, Input.Role, Input.Language),
                site.ForAccounts(), cancellationToken);
            if (saved.Succeeded)
            {
                Flash = text[id is null ? "Members.Created" : "Members.Saved"];
                return RedirectToPage("/Studio/Members/Detail", new { id = saved.Id });
            }
            ModelState.AddProblems(saved.Problems, text);
        }
        Stores = await partners.ChoicesAsync(cancellationToken);
        return Page();
    }
}
