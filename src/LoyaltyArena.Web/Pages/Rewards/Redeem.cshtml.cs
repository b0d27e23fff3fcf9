using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Rewards;

/// <summary>
/// The one confirmation every redemption gets: what it is, the cost, the balance after and how it arrives. Cashback and
/// merchandise also ask for a wallet or an address here (remembered for next time); then it completes at once.
/// </summary>
public sealed class RedeemModel(RewardCatalog catalog, RedemptionService redemptions, FulfilmentService fulfilment, PointsLedger ledger) : PageModel
{
    public RewardDetail Detail { get; private set; } = null!;
    public CatalogItem Item => Detail.Item;
    public int Balance { get; private set; }
    public RedeemOutcome? Outcome { get; private set; }

    [BindProperty]
    public DetailsForm Form { get; set; } = new();

    public sealed class DetailsForm
    {
        public WalletProvider Provider { get; set; }
        public string? WalletNumber { get; set; }
        public string? Recipient { get; set; }
        public string? Phone { get; set; }
        public string? Address { get; set; }
        public string? City { get; set; }
        public string? PostalCode { get; set; }
        public string RequestKey { get; set; } = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var last = await fulfilment.LastDetailsAsync(User.MemberId(), cancellationToken);
        if (last.Payout is { } payout) (Form.Provider, Form.WalletNumber) = (payout.Provider, payout.Number);
        if (last.Shipping is { } s) (Form.Recipient, Form.Phone, Form.Address, Form.City, Form.PostalCode) = (s.Recipient, s.Phone, s.Address, s.City, s.PostalCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var details = new RedeemDetails(
            new PayoutDetails(Form.Provider, Form.WalletNumber ?? ""),
            new ShippingDetails(Form.Recipient ?? "", Form.Phone ?? "", Form.Address ?? "", Form.City ?? "", Form.PostalCode ?? ""));
        Outcome = Fulfilment.NeedsDetails(Item.Offer.Kind)
            ? await redemptions.RedeemAsync(User.MemberId(), id, Form.RequestKey, details, cancellationToken)
            : await redemptions.RedeemAsync(User.MemberId(), id, Form.RequestKey, cancellationToken);
        if (Outcome.RedemptionId is { } done) return ReceiptModel.Show(this, done, Outcome.Status);
        Balance = await ledger.BalanceAsync(User.MemberId(), cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await catalog.DetailAsync(User.MemberId(), id, cancellationToken) is not { } detail) return false;
        Detail = detail;
        Balance = await ledger.BalanceAsync(User.MemberId(), cancellationToken);
        return true;
    }
}
