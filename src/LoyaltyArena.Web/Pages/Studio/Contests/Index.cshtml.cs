using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Contests;

/// <summary>Contests: a challenge that ranks, with fair brackets by store size and prizes for the top places.</summary>
public sealed class IndexModel(ContestService contests, Core.Data.ArenaDbContext db, Core.Common.ProgramCalendar calendar, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public ContestMetric Metric { get; set; }
        public ContestScope Scope { get; set; }
        public int? ProductId { get; set; }
        public DateOnly? Starts { get; set; }
        public DateOnly? Ends { get; set; }
        public bool Brackets { get; set; } = true;
        public string? Prizes { get; set; } = "1000,500,250";
        public PartnerKind? PartnerKind { get; set; }
        public string? Region { get; set; }
        public string? Targets { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Contest> Contests { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Products { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(calendar.ToLocal(clock.GetUtcNow().UtcDateTime));
        (Input.Starts, Input.Ends) = (today, today.AddDays(27));
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var saved = await contests.CreateAsync(User.MemberId(), new ContestInput(Input.Title, Input.Description, Input.Metric, Input.Scope, Input.ProductId is > 0 ? Input.ProductId : null,
                Input.Starts, Input.Ends, Input.Brackets, Input.Prizes, Input.PartnerKind, Input.Region, Input.Targets), cancellationToken);
            if (saved.Succeeded)
            {
                Flash = text["Contest.Saved"];
                return RedirectToPage();
            }
            ModelState.AddProblems(saved.Problems, text);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        await contests.PublishAsync(User.MemberId(), id, cancellationToken);
        Flash = text["Contest.Published"];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Contests = await contests.ListAsync(includeDrafts: true, cancellationToken);
        Products = (await db.Products.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)).ToList();
    }
}
