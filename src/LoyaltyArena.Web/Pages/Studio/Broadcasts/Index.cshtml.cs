using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Broadcasts;

/// <summary>Announcements to a segment: write, see who it reaches and how it reads, then send now or at a time.</summary>
public sealed class IndexModel(Core.Notifications.Broadcasts broadcasts, Core.Data.ArenaDbContext db, ProgramCalendar calendar, TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        public string? Title { get; set; }
        public string? Body { get; set; }
        public string? Link { get; set; }
        public PartnerKind? PartnerKind { get; set; }
        public string? Region { get; set; }
        public int? MinTierId { get; set; }
        public StoreSize? StoreSize { get; set; }
        public Activity? Activity { get; set; }

        /// <summary>In the program's time zone; empty sends now.</summary>
        public DateTime? SendAt { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Flash { get; set; }

    public IReadOnlyList<BroadcastLine> Sent { get; private set; } = [];
    public IReadOnlyList<(string Group, string Path, string Label)> Links { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Tiers { get; private set; } = [];

    /// <summary>Set after "Pratinjau": who it reaches now, and the body as members will read it.</summary>
    public BroadcastAudience? Audience { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var problems = Core.Notifications.Broadcasts.Check(ToCore(), clock.GetUtcNow().UtcDateTime);
        if (problems.Count > 0) ModelState.AddProblems(problems, text);
        else Audience = await broadcasts.AudienceAsync(ToCore(), cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        var saved = await broadcasts.ScheduleAsync(User.MemberId(), ToCore(), cancellationToken);
        if (saved.Succeeded)
        {
            Flash = Input.SendAt is null ? text["Broadcast.Sending"] : text["Broadcast.Scheduled", Input.SendAt.Value.ToString("g", System.Globalization.CultureInfo.CurrentCulture)];
            return RedirectToPage();
        }
        ModelState.AddProblems(saved.Problems, text);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        Flash = await broadcasts.CancelAsync(User.MemberId(), id, cancellationToken) ? text["Broadcast.Cancelled"] : text["Broadcast.TooLateToCancel"];
        return RedirectToPage();
    }

    private BroadcastInput ToCore() => new(Input.Title, Input.Body, Input.Link, Input.PartnerKind, Input.Region, Input.MinTierId, Input.StoreSize, Input.Activity,
        Input.SendAt is { } local ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), calendar.Zone) : null);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sent = await broadcasts.ListAsync(30, cancellationToken);
        Links = await broadcasts.LinkChoicesAsync(cancellationToken);
        Tiers = (await db.Tiers.AsNoTracking().OrderBy(t => t.Threshold).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Name)).ToList();
    }
}
