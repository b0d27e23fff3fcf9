using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Live;

/// <summary>Marketers find Kuis Live in the Studio; hosting lives at /Live/Host, where owners host for their store too.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Live/Host");
}
