using LoyaltyArena.Core.Tiers;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Tiers;

public sealed class IndexModel(TierService tiers, EconomySettings settings, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<Tier> Tiers { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tiers = await tiers.TiersAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int? tierId, string name, int threshold, string multiplier, string benefitsId, string benefitsEn, string color, CancellationToken cancellationToken)
    {
        var input = new TierInput(name ?? "", threshold, MultiplierPercent(multiplier), benefitsId ?? "", benefitsEn ?? "", color ?? "");
        var outcome = await settings.SaveTierAsync(User.MemberId(), tierId, input, cancellationToken);
        if (outcome.Succeeded)
        {
            Flash = text["Tier.Saved", input.Name];
            return RedirectToPage();
        }
        foreach (var problem in outcome.Problems) ModelState.AddModelError(string.Empty, text[problem]);
        Tiers = await tiers.TiersAsync(cancellationToken);
        return Page();
    }

    /// <summary>"1,25" and "1.25" both mean x1.25, whatever the page's language; anything else is out of range.</summary>
    private static int MultiplierPercent(string? value) =>
        decimal.TryParse((value ?? "").Trim().Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var m)
            // Anything beyond x1000 is out of range anyway; clamping keeps the conversion from overflowing before the check says so.
            ? (int)Math.Round(Math.Min(m, 1_000m) * 100)
            : 0;
}
