using LoyaltyArena.Core.Referrals;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Pages.Join;

/// <summary>/Join/{code}: sign up from a store's invite or a colleague's referral link.</summary>
[RateLimitedPost(RateLimitedPostAttribute.SignIn)]
public sealed class IndexModel(Invitations invitations, Enrolment enrolment, Passwords passwords, MemberSignIn signIn,
    Microsoft.AspNetCore.Identity.UserManager<Core.Partners.Member> users, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public JoinTarget? Target { get; private set; }

    public JoinStatus? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Target = await invitations.ResolveAsync(code, cancellationToken);
        return Target is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        Target = await invitations.ResolveAsync(code, cancellationToken);
        if (Target is null) return NotFound();
        var problems = await passwords.ProblemsAsync(null, Input.Password, Input.Password);
        foreach (var problem in problems) ModelState.AddModelError("Input.Password", text[problem]);
        if (problems.Count > 0) return Page();

        var signedIn = User.IsMember() ? User.MemberId() : (int?)null;
        var outcome = await enrolment.JoinAsync(code, new SignupInput(Input.Name, Input.Phone, Input.Email, CultureLanguage()),
            passwords.Hash(Input.Password!), HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", DeviceId(), signedIn, cancellationToken);
        Outcome = outcome.Status;
        ModelState.AddProblems(outcome.Problems ?? [], text);
        if (outcome.Status == JoinStatus.Joined)
        {
            var member = await users.FindByIdAsync(outcome.MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (member is not null)
            {
                await signIn.SignInByLinkAsync(member);
                return LocalRedirect(signIn.Landing);
            }
        }
        return Page();
    }

    private const string DeviceCookie = "arena.device";

    /// <summary>A random id this browser keeps for a year: one phone signing up one "friend" after another is a farm.</summary>
    private string DeviceId()
    {
        if (Request.Cookies[DeviceCookie] is { Length: 32 } known && known.All(char.IsAsciiHexDigit)) return known;
        var device = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        Response.Cookies.Append(DeviceCookie, device, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
        return device;
    }

    private static string CultureLanguage() => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "id";
}
