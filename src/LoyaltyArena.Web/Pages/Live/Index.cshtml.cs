using LoyaltyArena.Core.LiveQuiz;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Live;

/// <summary>Join a Kuis Live by its code (or straight from the QR code's link).</summary>
public sealed class IndexModel(LiveQuizService quizzes, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (session, problem) = await quizzes.JoinAsync(User.MemberId(), Code, cancellationToken);
        if (session is not null) return RedirectToPage("/Live/Play", new { code = Code!.Trim().ToUpperInvariant() });
        ModelState.AddModelError(nameof(Code), text[problem!]);
        return Page();
    }
}
