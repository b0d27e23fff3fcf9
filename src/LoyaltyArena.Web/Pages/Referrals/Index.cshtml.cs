using LoyaltyArena.Core.Referrals;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using LoyaltyArena.Web.Sharing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Referrals;

/// <summary>"Ajak teman": my code, link, QR and WhatsApp share; who I brought in and what it earned.</summary>
public sealed class IndexModel(ReferralService referrals, SiteLinks site, IStringLocalizer<SharedResource> text) : PageModel
{
    public MyReferrals Mine { get; private set; } = null!;
    public ShareLink Share { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Mine = await referrals.MineAsync(User.MemberId(), cancellationToken);
        Share = ShareLinks.For(site.Join(Mine.Code), text["Referral.WhatsAppMessage", Mine.Code].Value);
    }
}
