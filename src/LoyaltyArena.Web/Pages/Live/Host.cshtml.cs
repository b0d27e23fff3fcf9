using LoyaltyArena.Core.LiveQuiz;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Live;

/// <summary>Host a Kuis Live: pick questions from the bank, the seconds per question and the prizes. Marketers host for everyone, owners for their store.</summary>
public sealed class HostModel(LiveQuizService quizzes, Core.Data.ArenaDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        public string? Title { get; set; }
        public List<int> Questions { get; set; } = [];
        public int Seconds { get; set; } = 20;
        public string? Prizes { get; set; } = "500,300,200";
        public int Participation { get; set; } = 20;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<LiveSession> Sessions { get; private set; } = [];
    public IReadOnlyList<(string Quiz, int Id, string Text)> Bank { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            // An owner's session is for their own store; a marketer's for the whole program.
            int? store = User.IsInRole(Roles.Marketer) || User.IsInRole(Roles.Admin)
                ? null
                : await db.Members.Where(m => m.Id == User.MemberId()).Select(m => (int?)m.PartnerId).SingleAsync(cancellationToken);
            var saved = await quizzes.CreateAsync(User.MemberId(), store, new LiveInput(Input.Title, Input.Questions, Input.Seconds, Input.Prizes, Input.Participation), cancellationToken);
            if (saved.Succeeded) return RedirectToPage("/Live/Control", new { id = saved.Id });
            ModelState.AddProblems(saved.Problems, text);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sessions = await quizzes.HostedByAsync(User.MemberId(), cancellationToken);
        Bank = (await db.Questions.AsNoTracking().OrderBy(q => q.QuizId).ThenBy(q => q.Position)
                .Join(db.Quizzes, q => q.QuizId, z => z.Id, (q, z) => new { Quiz = z.Title, q.Id, q.Text }).ToListAsync(cancellationToken))
            .Select(q => (q.Quiz, q.Id, q.Text)).ToList();
        if (Request.Method == HttpMethods.Get && Input.Questions.Count == 0) Input.Questions = Bank.Take(5).Select(q => q.Id).ToList();
    }
}
