using LoyaltyArena.Core.Partners;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Account;

/// <summary>
/// A store's shared phone (★): the clerks kept on it, each a tap away with their PIN. Open without a session, since a
/// locked phone has nobody signed in; what it shows comes only from the phone's own token.
/// </summary>
[RateLimitedPost(RateLimitedPostAttribute.SignIn)]
public sealed class SwitchModel(SharedPhones phones, MemberSignIn signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    public SharedPhoneView? Phone { get; private set; }

    /// <summary>Signed in on a phone that is not shared yet, in a store whose owner allows it.</summary>
    public bool CanShare { get; private set; }

    public bool HasPin { get; private set; }

    /// <summary>The clerk whose PIN form is open (after a wrong PIN, the same one again).</summary>
    public int? Chosen { get; private set; }

    public int? Me => User.IsMember() ? User.MemberId() : null;

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSwitchAsync(int memberId, string? pin, CancellationToken cancellationToken)
    {
        var result = await phones.SwitchAsync(SharedPhoneCookie.Read(Request), memberId, pin, cancellationToken);
        if (result.Outcome == SwitchOutcome.Switched)
        {
            await signIn.SwitchToAsync(memberId);
            SharedPhoneCookie.ClearClerkData(Response);
            return LocalRedirect(signIn.Landing);
        }
        ModelState.AddModelError(string.Empty, result.Outcome switch
        {
            SwitchOutcome.WrongPin => text["Switch.WrongPin", result.TriesLeft],
            SwitchOutcome.Locked => text["Switch.Locked"],
            SwitchOutcome.NoPin => text["Switch.NoPin"],
            _ => text["Switch.NotHere"],
        });
        Chosen = memberId;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Makes the phone the clerk is on their store's shared phone.</summary>
    public async Task<IActionResult> OnPostShareAsync(string? name, CancellationToken cancellationToken)
    {
        if (!User.IsMember()) return Challenge();
        if (await phones.RegisterAsync(User.MemberId(), name ?? "", cancellationToken) is not { } token) return Forbid();
        SharedPhoneCookie.Write(Response, token);
        Flash = text["Switch.Shared"];
        return RedirectToPage(null, null, "pin");
    }

    public async Task<IActionResult> OnPostPinAsync(string? pin, string? confirmation, CancellationToken cancellationToken)
    {
        if (!User.IsMember()) return Challenge();
        if (pin != confirmation) ModelState.AddModelError("pin", text["Pin.Mismatch"]);
        else
        {
            var saved = await phones.SetPinAsync(User.MemberId(), pin, cancellationToken);
            if (saved.Succeeded)
            {
                Flash = text["Pin.Saved"];
                return RedirectToPage();
            }
            ModelState.AddModelError("pin", text[saved.Problems[0].Key]);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Hands the phone back: this session ends, every clerk stays on the phone behind their PIN.</summary>
    public async Task<IActionResult> OnPostLockAsync()
    {
        await signIn.LeaveSessionAsync();
        SharedPhoneCookie.ClearClerkData(Response);
        return RedirectToPage();
    }

    /// <summary>A colleague not on the phone yet (or locked out of it) signs in with their password.</summary>
    public async Task<IActionResult> OnPostAddAsync()
    {
        if (User.IsMember()) await signIn.LeaveSessionAsync();
        SharedPhoneCookie.ClearClerkData(Response);
        return RedirectToPage("/Account/SignIn", new { ReturnUrl = "/" });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Phone = await phones.FindAsync(SharedPhoneCookie.Read(Request), cancellationToken);
        if (Me is not { } me) return;
        HasPin = await phones.HasPinAsync(me, cancellationToken);
        CanShare = Phone is null && await phones.AllowedForAsync(me, cancellationToken);
    }
}
