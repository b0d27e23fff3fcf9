using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using LoyaltyArena.Web.Htmx;

namespace LoyaltyArena.Web.Pages.Rewards;

/// <summary>The in-app receipt of one of my redemptions: the code, or where my cashback or parcel is now.</summary>
public sealed class ReceiptModel(FulfilmentService fulfilment) : PageModel
{
    public FulfilmentView Redemption { get; private set; } = null!;

    private const string FreshKey = "ReceiptFresh";

    /// <summary>Set on the first view right after redeeming, to say so at the top (a reload does not repeat it).</summary>
    public RedeemStatus? Fresh { get; private set; }

    /// <summary>
    /// Where every redemption form lands once its redemption committed: nothing that could fail runs between
    /// the commit and this redirect, so a member who redeemed always sees the receipt (an htmx form navigates there).
    /// </summary>
    public static IActionResult Show(PageModel page, int redemptionId, RedeemStatus status)
    {
        page.TempData[FreshKey] = status.ToString();
        var url = page.Url.Page("/Rewards/Receipt", new { id = redemptionId })!;
        if (!page.Request.IsHtmx()) return new RedirectResult(url);
        page.Response.Headers["HX-Redirect"] = url;
        return new NoContentResult();
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await fulfilment.ForMemberAsync(User.MemberId(), id, cancellationToken) is not { } redemption) return NotFound();
        (Redemption, Fresh) = (redemption, Enum.TryParse<RedeemStatus>(TempData[FreshKey] as string, out var status) ? status : null);
        return Page();
    }

    /// <summary>The receipt card alone, re-fetched live when a marketer records a step.</summary>
    public async Task<IActionResult> OnGetCardAsync(int id, CancellationToken cancellationToken) =>
        await fulfilment.ForMemberAsync(User.MemberId(), id, cancellationToken) is { } redemption
            ? Partial("_ReceiptCard", redemption)
            : NotFound();
}
