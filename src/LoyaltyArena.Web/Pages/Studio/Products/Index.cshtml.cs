using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Sales;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Products;

public sealed class IndexModel(ProductCatalog catalog, Core.Common.ProgramCalendar calendar, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<ProductView> Products { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Products = await catalog.ProductsAsync(cancellationToken);

    public async Task<IActionResult> OnPostProductAsync(string sku, string name, string? category, CancellationToken cancellationToken) =>
        await DoneAsync(await catalog.AddProductAsync(User.MemberId(), sku, name, category ?? "", cancellationToken), "Product.Saved", cancellationToken);

    public async Task<IActionResult> OnPostRuleAsync(int productId, int step, int points, int? cap, DateOnly? from, DateOnly? until, PartnerKind? partnerKind, string? region, CancellationToken cancellationToken)
    {
        if (!ProgramCalendar.IsSensible(from) || !ProgramCalendar.IsSensible(until)) return await DoneAsync(["Input.DateRange"], "Rule.Saved", cancellationToken);
        var input = new RuleInput(step, points, cap, calendar.StartOfDayUtc(from), calendar.StartOfDayUtc(until?.AddDays(1)), partnerKind, region);
        return await DoneAsync(await catalog.AddRuleAsync(User.MemberId(), productId, input, cancellationToken), "Rule.Saved", cancellationToken);
    }

    public async Task<IActionResult> OnPostToggleAsync(int ruleId, bool active, CancellationToken cancellationToken)
    {
        await catalog.SetRuleActiveAsync(User.MemberId(), ruleId, active, cancellationToken);
        Flash = text["Rule.Saved"];
        return RedirectToPage();
    }

    /// <summary>Dates are entered as program-local days; a window runs from the start of the first to the end of the last.</summary>
    private async Task<IActionResult> DoneAsync(IReadOnlyList<string> problems, string saved, CancellationToken cancellationToken)
    {
        if (problems.Count == 0)
        {
            Flash = text[saved];
            return RedirectToPage();
        }
        foreach (var problem in problems) ModelState.AddModelError(string.Empty, text[problem]);
        Products = await catalog.ProductsAsync(cancellationToken);
        return Page();
    }
}
