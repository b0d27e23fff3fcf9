using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Announcements;

/// <summary>An announcement the member was sent, with its link and a way to pass it on in WhatsApp.</summary>
public sealed class DetailModel(Broadcasts broadcasts) : PageModel
{
    public Broadcast Announcement { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) =>
        Announcement = await broadcasts.ForMemberAsync(id, User.MemberId(), cancellationToken);
}
