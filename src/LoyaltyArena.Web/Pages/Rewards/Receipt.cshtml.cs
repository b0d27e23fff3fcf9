using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LoyaltyArena.Web.Pages.Rewards;

/// <summary>The in-app receipt of one of my redemptions: the code, or where my cashback or parcel is now.</summary>
public sealed class ReceiptModel(FulfilmentService fulfilment) : PageModel
{
    public FulfilmentView Redemption { get; private set; } = null!;

    private const string FreshKey = "ReceiptFresh";

    /// <summary>True on the first view right after redeeming, to say so at the top (a reload does not repeat it).</summary>
    public bool Fresh { get; private set; }

    public static void MarkFresh(ITempDataDictionary tempData, bool fresh) => tempData[FreshKey] = fresh;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await fulfilment.ForMemberAsync(User.MemberId(), id, cancellationToken) is not { } redemption) return NotFound();
        (Redemption, Fresh) = (redemption, TempData[FreshKey] is true);
        return Page();
    }

    /// <summary>The receipt card alone, re-fetched live when a marketer records a step.</summary>
    public async Task<IActionResult> OnGetCardAsync(int id, CancellationToken cancellationToken) =>
        await fulfilment.ForMemberAsync(User.MemberId(), id, cancellationToken) is { } redemption
            ? Partial("_ReceiptCard", redemption)
            : NotFound();
}
