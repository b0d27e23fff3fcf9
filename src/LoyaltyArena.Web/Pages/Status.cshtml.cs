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

    public void OnGet(int code) => Code = Effective(code);

    public void OnPost(int code) => Code = Effective(code);

    /// <summary>A failure re-executed here as /Status/500 may carry a more precise status (404: no such thing; 503: busy, try again).</summary>
    private int Effective(int code)
    {
        var status = HttpContext.Response.StatusCode;
        if (status == StatusCodes.Status503ServiceUnavailable) Response.Headers.RetryAfter = Errors.ErrorResponses.RetryAfterSeconds;
        return status is StatusCodes.Status404NotFound or StatusCodes.Status503ServiceUnavailable ? status : code;
    }
}
