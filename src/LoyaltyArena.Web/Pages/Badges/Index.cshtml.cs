using LoyaltyArena.Core.Badges;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Badges;

/// <summary>The member's badge gallery: earned ones with their date, locked ones with how to earn them.</summary>
public sealed class IndexModel(BadgeAwarder badges) : PageModel
{
    public IReadOnlyList<BadgeView> Gallery { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Gallery = await badges.GalleryAsync(User.MemberId(), cancellationToken);
}
