using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Mail;

/// <summary>The mail log: every queued, sent, skipped and failing email with its last error; a failing one can be retried now.</summary>
public sealed class IndexModel(MailLog log, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public OutboxState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Flash { get; set; }

    public IReadOnlyList<MailLogLine> Lines { get; private set; } = [];
    public bool More { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        if (Kind is not null && !EmailTemplates.All.Contains(Kind)) Kind = null;
        (Lines, More) = await log.PageAsync(new MailLogFilter(Kind, State, Who is { Length: > 100 } ? Who[..100] : Who), PageNumber, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        Flash = await log.RetryAsync(User.MemberId(), id, cancellationToken) ? text["MailLog.Retrying"] : text["MailLog.AlreadySent"];
        return RedirectToPage(new { Kind, State, Who, p = PageNumber });
    }
}
