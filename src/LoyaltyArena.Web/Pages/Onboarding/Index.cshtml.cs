using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Onboarding;

/// <summary>Three short screens on the first sign-in: how to earn, where points show, how to redeem; skippable, re-openable.</summary>
public sealed class IndexModel(UserManager<Member> users, RewardCatalog catalog, RedemptionService redemptions, MemberSummary summary, TimeProvider clock) : PageModel
{
    public const int Steps = 3;

    [BindProperty(SupportsGet = true)]
    public int Step { get; set; } = 1;

    public int Balance { get; private set; }

    /// <summary>The reward closest to reach, shown on the last screen.</summary>
    public RewardOffer? Closest { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Step = Math.Clamp(Step, 1, Steps);
        if (Step == Steps)
        {
            var standing = await redemptions.StandingAsync(User.MemberId(), cancellationToken);
            var items = await catalog.ForMemberAsync(standing, cancellationToken);
            Balance = (await summary.BadgesAsync(User.MemberId(), cancellationToken)).Balance;
            Closest = items.Where(i => !i.Locked && i.Offer.Stock > 0).Select(i => i.Offer)
                .OrderBy(o => Math.Max(0, o.Cost - Balance)).ThenBy(o => o.Cost).FirstOrDefault();
        }
    }

    /// <summary>Finishing or skipping: the screens are not shown by themselves again.</summary>
    public async Task<IActionResult> OnPostDoneAsync(string? then)
    {
        if (await users.GetUserAsync(User) is { } member && member.OnboardedAt is null)
        {
            member.Onboarded(clock.GetUtcNow().UtcDateTime);
            await users.UpdateAsync(member);
        }
        return LocalRedirect(Url.IsLocalUrl(then) ? then! : "/");
    }
}
