using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Rewards;

/// <summary>The in-app receipt of one of my redemptions: the code, or where my cashback or parcel is now.</summary>
public sealed class ReceiptModel(FulfilmentService fulfilment) : PageModel
{
    public FulfilmentView Redemption { get; private set; } = null!;

    /// <summary>True right after redeeming, to say so at the top.</summary>
    public bool Fresh { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool fresh, CancellationToken cancellationToken)
    {
        if (await fulfilment.ForMemberAsync(User.MemberId(), id, cancellationToken) is not { } redemption) return NotFound();
        (Redemption, Fresh) = (redemption, fresh);
        return Page();
    }
}
