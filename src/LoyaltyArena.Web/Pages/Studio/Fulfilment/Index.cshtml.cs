using LoyaltyArena.Web.Export;
using System.Globalization;
using System.Text;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Fulfilment;

/// <summary>The marketer's to-do list: cashback to pay, parcels to pack and ship, tickets to check at the door.</summary>
public sealed class IndexModel(FulfilmentService fulfilment, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<FulfilmentView> Queue { get; private set; } = [];
    public FulfilmentView? Ticket { get; private set; }

    [BindProperty(SupportsGet = true)]
    public FulfilmentKind Kind { get; set; } = FulfilmentKind.Cashback;

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Pending payouts as CSV, for a bulk transfer in the e-wallet's business portal.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvFile.Create("cashback-pending.csv", ["redemption", "member", "provider", "wallet_number", "amount_idr", "redeemed_at"],
            (await fulfilment.QueueAsync(FulfilmentKind.Cashback, cancellationToken)).Select(row => new[]
            {
                row.Id.ToString(CultureInfo.InvariantCulture), row.MemberName, row.WalletProvider?.ToString() ?? "", row.WalletNumber ?? "",
                row.ValueIdr.ToString(CultureInfo.InvariantCulture), row.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            }));

    public async Task<IActionResult> OnPostMoveAsync(int redemptionId, FulfilmentStage to, string? reference, string? courier, CancellationToken cancellationToken)
    {
        var status = await fulfilment.MoveAsync(User.MemberId(), redemptionId, to, reference, courier, cancellationToken);
        if (status == StepStatus.Done)
        {
            Flash = text[$"Fulfil.Done.{to}"];
            return RedirectToPage(new { Kind, Code });
        }
        ModelState.AddModelError(string.Empty, text[$"Fulfil.Step.{status}"]);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Kind == FulfilmentKind.Ticket)
        {
            if (!string.IsNullOrWhiteSpace(Code)) Ticket = await fulfilment.TicketAsync(Code, cancellationToken);
            return;
        }
        if (Kind != FulfilmentKind.Shipment) Kind = FulfilmentKind.Cashback;
        Queue = await fulfilment.QueueAsync(Kind, cancellationToken);
    }
}
