using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages;

/// <summary>
/// A friendly page for error statuses; it never shows details of what went wrong inside. A failed POST is
/// re-executed here as a POST, so it must not demand its own antiforgery token.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
