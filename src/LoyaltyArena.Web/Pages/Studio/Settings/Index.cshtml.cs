using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Tiers;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Studio.Settings;

public sealed class IndexModel(EconomySettings settings, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public int TierWindowMonths { get; set; }

    [BindProperty]
    public int ExpiryMonths { get; set; }

    [BindProperty]
    public long? MonthlyBudgetIdr { get; set; }

    public sealed class ReferralInput
    {
        public int WelcomePoints { get; set; }
        public int BonusPoints { get; set; }
        public int MonthlyCap { get; set; }
        public Core.Referrals.ReferralQualifier Qualifier { get; set; }
    }

    [BindProperty]
    public ReferralInput Referral { get; set; } = new();

    public sealed class GuardInput
    {
        public int? UnitsPerLine { get; set; }
        public long? SalesValuePerDay { get; set; }
        public int? PointsPerDay { get; set; }
        public int? ChallengePointsPerDay { get; set; }
    }

    [BindProperty]
    public GuardInput Guards { get; set; } = new();

    public async Task<IActionResult> OnPostGuardsAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await settings.SaveGuardsAsync(User.MemberId(), new EarningLimits(Guards.UnitsPerLine, Guards.SalesValuePerDay, Guards.PointsPerDay, Guards.ChallengePointsPerDay), cancellationToken);
            if (outcome.Succeeded)
            {
                Flash = text["Rules.Saved"];
                return RedirectToPage();
            }
            foreach (var problem in outcome.Problems) ModelState.AddModelError(string.Empty, text[problem]);
        }
        await LoadAsync(referrals: true, cancellationToken, guards: false);
        return Page();
    }

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(referrals: true, cancellationToken);

    private async Task LoadAsync(bool referrals, CancellationToken cancellationToken, bool guards = true)
    {
        var rules = await settings.RulesAsync(cancellationToken);
        (TierWindowMonths, ExpiryMonths, MonthlyBudgetIdr) = (rules.TierWindowMonths, rules.ExpiryMonths, rules.MonthlyBudgetIdr);
        if (guards)
            Guards = new GuardInput { UnitsPerLine = rules.MaxUnitsPerSaleLine, SalesValuePerDay = rules.MaxSalesValuePerMemberDayIdr, PointsPerDay = rules.MaxPointsPerMemberDay, ChallengePointsPerDay = rules.MaxChallengePointsPerMemberDay };
        if (referrals)
            Referral = new ReferralInput { WelcomePoints = rules.ReferralWelcomePoints, BonusPoints = rules.ReferralBonusPoints, MonthlyCap = rules.ReferralMonthlyCap, Qualifier = rules.ReferralQualifier };
    }

    public async Task<IActionResult> OnPostReferralsAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await settings.SaveReferralsAsync(User.MemberId(), Referral.WelcomePoints, Referral.BonusPoints, Referral.MonthlyCap, Referral.Qualifier, cancellationToken);
            if (outcome.Succeeded)
            {
                Flash = text["Rules.Saved"];
                return RedirectToPage();
            }
            foreach (var problem in outcome.Problems) ModelState.AddModelError(string.Empty, text[problem]);
        }
        await LoadAsync(referrals: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await settings.SaveRulesAsync(User.MemberId(), TierWindowMonths, ExpiryMonths, MonthlyBudgetIdr, cancellationToken);
        if (outcome.Succeeded)
        {
            Flash = text["Rules.Saved"];
            return RedirectToPage();
        }
        foreach (var problem in outcome.Problems) ModelState.AddModelError(string.Empty, text[problem]);
        var (window, expiry, budget) = (TierWindowMonths, ExpiryMonths, MonthlyBudgetIdr);
        await LoadAsync(referrals: true, cancellationToken);
        (TierWindowMonths, ExpiryMonths, MonthlyBudgetIdr) = (window, expiry, budget);
        return Page();
    }
}
