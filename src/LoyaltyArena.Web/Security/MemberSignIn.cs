using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Web.Security;

public enum SignInOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,
}

/// <summary>Signs a member in by email or phone number. Every failure counts towards lockout.</summary>
public sealed class MemberSignIn(UserManager<Member> users, SignInManager<Member> signIn)
{
    public async Task<SignInOutcome> SignInAsync(string login, string password, bool rememberMe)
    {
        var member = await FindAsync(login.Trim());
        if (member is null) return SignInOutcome.WrongCredentials;
        var result = await signIn.PasswordSignInAsync(member, password, rememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return SignInOutcome.SignedIn;
        return result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials;
    }

    /// <summary>
    /// Ends this session and every other one of the member: a new security stamp makes each saved cookie fail its
    /// next check (at most a minute away), so a copied or remembered cookie stops working too.
    /// </summary>
    public async Task SignOutAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } member) await users.UpdateSecurityStampAsync(member);
        await signIn.SignOutAsync();
    }

    private async Task<Member?> FindAsync(string login)
    {
        if (PhoneNumbers.LooksLikePhone(login))
        {
            var phone = PhoneNumbers.Normalize(login);
            return await users.Users.FirstOrDefaultAsync(m => m.PhoneNumber == phone);
        }
        return await users.FindByEmailAsync(login);
    }
}
