using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Notifications;

/// <summary>The notification centre: newest first, unread marked, each one opens what it is about; older ones paged.</summary>
public sealed class IndexModel(Notifier notifier, Core.Partners.MemberSummary members) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<NotificationLine> Lines { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool More { get; private set; }

    /// <param name="p">The page number ("page" is Razor Pages' own route value).</param>
    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default)
    {
        PageNumber = Math.Clamp(p, 1, 10_000);
        (Lines, More) = await notifier.PageAsync(User.MemberId(), PageNumber, PageSize, cancellationToken);
    }

    /// <summary>Tapping a notification reads it and opens its page (only a path inside the app).</summary>
    public async Task<IActionResult> OnGetOpenAsync(long id, CancellationToken cancellationToken)
    {
        var line = await notifier.OpenAsync(User.MemberId(), id, cancellationToken);
        if (line is null) return NotFound();
        var target = NotificationLinks.For(line);
        return Url.IsLocalUrl(target) ? LocalRedirect(target) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await notifier.MarkReadAsync(User.MemberId(), cancellationToken);
        return RedirectToPage();
    }

    /// <summary>The bell alone, for a live refresh when a notification arrives.</summary>
    public async Task<IActionResult> OnGetBellAsync(CancellationToken cancellationToken) =>
        Partial("_Bell", (await members.BadgesAsync(User.MemberId(), cancellationToken)).Unread);
}

/// <summary>Where a notification leads: the link it was written with, or for older ones the page its kind is about.</summary>
public static class NotificationLinks
{
    public static string For(NotificationLine line) => line.Link ?? line.TextKey switch
    {
        "Notify.Expiring" => "/Rewards",
        "Notify.TierUp" or "Notify.TierDown" => "/Rules#tiers",
        "Notify.Badge" => "/Badges",
        "Notify.WaitsForApproval" => "/Team",
        "Notify.ReferralPaid" => "/Referrals",
        "Notify.SaleApproved" or "Notify.SaleRejected" => "/Ledger",
        "Notify.StreakAtRisk" => "/Learning",
        var key when key.StartsWith("Notify.Fulfil.", StringComparison.Ordinal) || key == "Notify.RedemptionCancelled" => "/Rewards",
        var key when key.StartsWith("Notify.Challenge", StringComparison.Ordinal) => "/Challenges",
        _ => "/Notifications",
    };
}
