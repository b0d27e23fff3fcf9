using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Members;

public sealed class IndexModel(MemberDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<DirectoryRow> List { get; private set; } = null!;

    public IReadOnlyList<DirectoryRow> Rows => List.Rows;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = await directory.PageAsync(Q, null, Paged<DirectoryRow>.Clamp(PageNumber), MemberDirectory.PageSize, cancellationToken);
}
