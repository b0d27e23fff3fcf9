using LoyaltyArena.Core.Sales;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.ApiKeys;

/// <summary>Admins create and revoke the keys the brand's systems use; a new key is shown once.</summary>
public sealed class IndexModel(Core.Sales.ApiKeys keys) : PageModel
{
    public IReadOnlyList<ApiClientRow> Clients { get; private set; } = [];
    public string? NewKey { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Clients = await keys.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellationToken)
    {
        NewKey = await keys.CreateAsync(User.MemberId(), name ?? "", cancellationToken);
        Clients = await keys.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        await keys.RevokeAsync(User.MemberId(), id, cancellationToken);
        return RedirectToPage();
    }
}
