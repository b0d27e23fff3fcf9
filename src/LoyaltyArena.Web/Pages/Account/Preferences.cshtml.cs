using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Account;

/// <summary>Which marketing email a member gets. In-app notices and receipts always come; they are not listed.</summary>
public sealed class PreferencesModel(MailPreferences preferences, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyDictionary<MailKind, bool> Choices { get; private set; } = new Dictionary<MailKind, bool>();

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Choices = await preferences.ForMemberAsync(User.MemberId(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(MailKind[]? email, CancellationToken cancellationToken)
    {
        var on = (email ?? []).ToHashSet();
        foreach (var kind in Enum.GetValues<MailKind>()) await preferences.SetAsync(User.MemberId(), kind, on.Contains(kind), cancellationToken);
        Flash = text["Preferences.Saved"];
        return RedirectToPage();
    }
}
