using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages;

/// <summary>A friendly page for error statuses; it never shows details of what went wrong inside.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
