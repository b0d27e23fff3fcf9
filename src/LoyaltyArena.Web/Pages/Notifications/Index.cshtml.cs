using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Notifications;

public sealed class IndexModel(Notifier notifier, Core.Partners.MemberSummary members) : PageModel
{
    /// <summary>The bell alone, for a live refresh when a notification arrives.</summary>
    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetBellAsync(CancellationToken cancellationToken) =>
        Partial("_Bell", (await members.BadgesAsync(User.MemberId(), cancellationToken)).Unread);

    public IReadOnlyList<NotificationLine> Lines { get; private set; } = [];

    /// <summary>Shows the latest messages; opening the page counts as reading them.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lines = await notifier.RecentAsync(User.MemberId(), 50, cancellationToken);
        await notifier.MarkReadAsync(User.MemberId(), cancellationToken);
    }
}
