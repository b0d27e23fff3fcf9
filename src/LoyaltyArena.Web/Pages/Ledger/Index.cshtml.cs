using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Ledger;

public sealed class IndexModel(LedgerHistory history, PointsLedger ledger, PointsExpiry expiry, Core.Sales.SaleReviews reviews) : PageModel
{
    /// <summary>Sales whose points wait for verification, or were rejected with a reason.</summary>
    public IReadOnlyList<Core.Sales.MyHeldSale> Held { get; private set; } = [];

    public IReadOnlyList<HistoryLine> Lines { get; private set; } = [];
    public ExpiryPreview? Expiring { get; private set; }
    public HistoryFilter Filter { get; private set; }

    public async Task OnGetAsync(HistoryFilter filter = HistoryFilter.All, CancellationToken cancellationToken = default)
    {
        Filter = filter;
        Lines = await history.ForMemberAsync(User.MemberId(), filter, 200, cancellationToken);
        Expiring = await expiry.NextAsync(User.MemberId(), cancellationToken);
        Held = await reviews.MineAsync(User.MemberId(), cancellationToken);
    }

    /// <summary>The header's balance badge, re-fetched live when points move.</summary>
    public async Task<IActionResult> OnGetBadgeAsync(CancellationToken cancellationToken) =>
        Partial("_BalanceBadge", await ledger.BalanceAsync(User.MemberId(), cancellationToken));
}
