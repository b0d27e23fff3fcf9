using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Identity;

namespace LoyaltyArena.Web.Security;

/// <summary>Setting and changing passwords under the house rules (length, not composition); each ends every other session.</summary>
public sealed class Passwords(UserManager<Member> users, SignInManager<Member> signIn, IPasswordHasher<Member> hasher)
{
    public const int MaxLength = 128;

    /// <summary>Resource keys of what is wrong with <paramref name="password"/>; empty when it may be used.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(Member? member, string? password, string? confirmation)
    {
        if (string.IsNullOrEmpty(password)) return ["Password.Required"];
        var problems = new List<string>();
        if (password.Length > MaxLength) problems.Add("Password.TooLong");
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, member!, password);
            if (!result.Succeeded) problems.Add("Password.TooShort");
        }
        if (password != confirmation) problems.Add("Password.Mismatch");
        return problems.Distinct().ToList();
    }

    public string Hash(string password) => hasher.HashPassword(null!, password);

    /// <summary>Sets a new password from a reset or first sign-in link, and signs the member in on this browser.</summary>
    public async Task SetAndSignInAsync(Member member, string password)
    {
        var tracked = await users.FindByIdAsync(member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? throw new InvalidOperationException("Member vanished.");
        tracked.PasswordHash = hasher.HashPassword(tracked, password);
        tracked.EmailConfirmed = true;
        await users.UpdateSecurityStampAsync(tracked); // saves, and ends every other session and link
        await users.SetLockoutEndDateAsync(tracked, null);
        await users.ResetAccessFailedCountAsync(tracked);
        await signIn.SignInAsync(tracked, isPersistent: false);
    }

    /// <summary>Changes the signed-in member's password; this session stays, every other one ends.</summary>
    public async Task<bool> ChangeAsync(System.Security.Claims.ClaimsPrincipal principal, string current, string password)
    {
        var member = await users.GetUserAsync(principal);
        if (member is null) return false;
        var result = await users.ChangePasswordAsync(member, current, password);
        if (!result.Succeeded) return false;
        await signIn.RefreshSignInAsync(member);
        return true;
    }
}
