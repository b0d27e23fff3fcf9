using System.Security.Cryptography;
using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Media;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Challenges;

/// <summary>One challenge: join it, see how far, and for a proof challenge send a photo or a note.</summary>
[RateLimitedPost(RateLimitedPostAttribute.Answers)]
public sealed class DetailModel(ChallengeService challenges, IMediaStore media, IStringLocalizer<SharedResource> text) : PageModel
{
    public ChallengeCard Card { get; private set; } = null!;
    public IReadOnlyList<ProofLine> Proofs { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostJoinAsync(int id, CancellationToken cancellationToken)
    {
        await challenges.JoinAsync(User.MemberId(), id, cancellationToken);
        Flash = text["Challenge.Joined"];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostProofAsync(int id, IFormFile? photo, string? note, CancellationToken cancellationToken)
    {
        if (note is { Length: > 500 }) ModelState.AddModelError(string.Empty, text["Proof.NoteTooLong"]);
        string? image = null, hash = null;
        if (photo is { Length: > 0 } && ModelState.IsValid)
        {
            var (name, problem) = await media.SaveImageAsync(photo, cancellationToken);
            if (problem is not null) ModelState.AddModelError(string.Empty, text[problem == "Cover.Type" ? "Proof.NotAnImage" : problem == "Cover.TooBig" ? "Proof.TooBig" : problem]);
            else
            {
                image = name;
                await using var stream = photo.OpenReadStream();
                hash = Convert.ToHexString(await SHA256.HashDataAsync(stream, cancellationToken));
            }
        }
        if (ModelState.IsValid)
        {
            var outcome = await challenges.SubmitProofAsync(User.MemberId(), id, note, image, hash, cancellationToken);
            if (outcome == ProofOutcomeStatus.Sent)
            {
                Flash = text["Proof.Sent"];
                return RedirectToPage(new { id });
            }
            ModelState.AddModelError(string.Empty, text[$"Proof.{outcome}"]);
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken) =>
        (Card, Proofs) = await challenges.DetailAsync(User.MemberId(), id, cancellationToken);
}
