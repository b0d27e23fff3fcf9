using LoyaltyArena.Core.Sales;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Reviews;

/// <summary>What waits for a person: sales held by a program limit.</summary>
public sealed class IndexModel(SaleReviews reviews, Core.Challenges.ProofReviews proofs, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<HeldSale> Sales { get; private set; } = [];
    public IReadOnlyList<Core.Challenges.PendingProof> Proofs { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sales = await reviews.HeldAsync(100, cancellationToken);
        Proofs = await proofs.PendingAsync(100, cancellationToken);
    }

    public async Task<IActionResult> OnPostProofAsync(long proofId, bool approve, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await proofs.DecideAsync(User.MemberId(), proofId, approve, reason, cancellationToken);
        if (outcome.Status != ReviewStatus.ReasonRequired) return Done(outcome, approve ? "Proof.Approved" : "Proof.RejectedDone");
        ModelState.AddModelError(string.Empty, text["Review.ReasonRequired"]);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(long saleId, CancellationToken cancellationToken) =>
        Done(await reviews.ApproveAsync(User.MemberId(), saleId, cancellationToken), "Review.Approved");

    public async Task<IActionResult> OnPostRejectAsync(long saleId, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await reviews.RejectAsync(User.MemberId(), saleId, reason, cancellationToken);
        if (outcome.Status != ReviewStatus.ReasonRequired) return Done(outcome, "Review.Rejected");
        ModelState.AddModelError(string.Empty, text["Review.ReasonRequired"]);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private IActionResult Done(ReviewOutcome outcome, string key)
    {
        Flash = text[outcome.Status == ReviewStatus.AlreadyDecided ? "Review.AlreadyDecided" : key];
        return RedirectToPage();
    }
}
