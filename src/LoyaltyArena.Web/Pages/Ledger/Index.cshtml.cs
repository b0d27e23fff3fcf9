using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Ledger;

public sealed class IndexModel(LedgerHistory history, PointsLedger ledger) : PageModel
{
    public IReadOnlyList<HistoryLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lines = await history.ForMemberAsync(User.MemberId(), 200, cancellationToken);

    /// <summary>The header's balance badge, re-fetched live when points move.</summary>
    public async Task<IActionResult> OnGetBadgeAsync(CancellationToken cancellationToken) =>
        Partial("_BalanceBadge", await ledger.BalanceAsync(User.MemberId(), cancellationToken));
}
