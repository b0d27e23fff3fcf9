using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Media;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Challenges;

/// <summary>Write a challenge, see who it reaches, then launch, pause, end early or duplicate it.</summary>
public sealed class EditModel(ChallengeStudio studio, Core.Data.ArenaDbContext db, ProgramCalendar calendar, IMediaStore media, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public ChallengeKind Kind { get; set; } = ChallengeKind.Modules;
        public int Target { get; set; } = 1;
        public int? SubjectId { get; set; }
        public int Points { get; set; } = 300;
        public DateOnly? Starts { get; set; }
        public DateOnly? Ends { get; set; }
        public int? MaxCompletions { get; set; }
        public bool AutoEnrol { get; set; } = true;
        public PartnerKind? PartnerKind { get; set; }
        public string? Region { get; set; }
        public int? MinTierId { get; set; }
        public StoreSize? StoreSize { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }
    public ChallengeStatus Status { get; private set; } = ChallengeStatus.Draft;
    public int? Audience { get; private set; }
    public string? Cover { get; private set; }

    [BindProperty]
    public IFormFile? CoverFile { get; set; }

    /// <summary>What a challenge can point at: modules, quizzes, surveys, products (by kind).</summary>
    public IReadOnlyList<(ChallengeKind Kind, int Id, string Name)> Subjects { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Tiers { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            var c = await studio.FindAsync(existing, cancellationToken);
            if (c is null) return NotFound();
            (Status, Cover) = (c.Status, c.Cover);
            Input = new InputModel
            {
                Title = c.Title, Description = c.Description, Kind = c.Kind, Target = c.Target, SubjectId = c.SubjectId, Points = c.Points,
                Starts = DateOnly.FromDateTime(calendar.ToLocal(c.StartsAt)), Ends = DateOnly.FromDateTime(calendar.ToLocal(c.EndsAt.AddSeconds(-1))),
                MaxCompletions = c.MaxCompletions, AutoEnrol = c.AutoEnrol, PartnerKind = c.TargetPartnerKind, Region = c.TargetRegion,
                MinTierId = c.TargetMinTierId, StoreSize = c.TargetStoreSize,
            };
            Audience = await studio.AudienceAsync(existing, cancellationToken);
        }
        else
        {
            var today = DateOnly.FromDateTime(calendar.ToLocal(clock.GetUtcNow().UtcDateTime));
            (Input.Starts, Input.Ends) = (today, today.AddDays(13));
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        string? cover = null;
        if (CoverFile is { Length: > 0 })
        {
            (cover, var refused) = await media.SaveImageAsync(CoverFile, cancellationToken);
            if (refused is not null) ModelState.AddModelError(nameof(CoverFile), text[refused]);
        }
        if (ModelState.IsValid)
        {
            var subject = Input.SubjectId is { } s && s > 0 ? s : (int?)null;
            var saved = await studio.SaveAsync(User.MemberId(), id, new ChallengeInput(Input.Title, Input.Description, Input.Kind, Input.Target, subject, Input.Points,
                Input.Starts, Input.Ends, Input.MaxCompletions, Input.AutoEnrol, Input.PartnerKind, Input.Region, Input.MinTierId, Input.StoreSize), cancellationToken, cover);
            if (saved.Succeeded)
            {
                Flash = text["Challenge.Saved"];
                return RedirectToPage(new { id = saved.Id });
            }
            ModelState.AddProblems(saved.Problems, text);
        }
        if (id is { } existing && await studio.FindAsync(existing, cancellationToken) is { } found) (Status, Cover) = (found.Status, found.Cover);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, ChallengeStatus status, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status)) return BadRequest();
        await studio.MoveAsync(User.MemberId(), id, status, cancellationToken);
        Flash = text[$"Challenge.Moved.{status}"];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDuplicateAsync(int id, CancellationToken cancellationToken)
    {
        var copy = await studio.DuplicateAsync(User.MemberId(), id, cancellationToken);
        Flash = text["Challenge.Duplicated"];
        return RedirectToPage(new { id = copy });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var subjects = new List<(ChallengeKind, int, string)>();
        subjects.AddRange((await db.TrainingModules.AsNoTracking().OrderBy(m => m.Title).Select(m => new { m.Id, m.Title }).ToListAsync(cancellationToken)).Select(m => (ChallengeKind.Modules, m.Id, m.Title)));
        subjects.AddRange((await db.Quizzes.AsNoTracking().OrderBy(q => q.Title).Select(q => new { q.Id, q.Title }).ToListAsync(cancellationToken)).Select(q => (ChallengeKind.Quizzes, q.Id, q.Title)));
        subjects.AddRange((await db.Surveys.AsNoTracking().OrderBy(s => s.Title).Select(s => new { s.Id, s.Title }).ToListAsync(cancellationToken)).Select(s => (ChallengeKind.Survey, s.Id, s.Title)));
        subjects.AddRange((await db.Products.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Sku }).ToListAsync(cancellationToken)).Select(p => (ChallengeKind.SalesUnits, p.Id, $"{p.Name} ({p.Sku})")));
        Subjects = subjects;
        Tiers = (await db.Tiers.AsNoTracking().OrderBy(t => t.Threshold).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Name)).ToList();
        Regions = await db.Partners.AsNoTracking().Where(p => p.Kind != PartnerKind.Brand).Select(p => p.Region).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
    }
}
