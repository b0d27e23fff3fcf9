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

/// <summary>
/// Signs a member in by email or phone number. Every failure counts towards lockout. Whether an account exists
/// cannot be told from outside: an unknown login costs the same password hashing and is locked out after the
/// same number of tries, with the same answer.
/// </summary>
public sealed class MemberSignIn(UserManager<Member> users, SignInManager<Member> signIn, IPasswordHasher<Member> hasher,
    UnknownLogins unknownLogins, Microsoft.Extensions.Options.IOptions<IdentityOptions> identity)
{
    private static string? _decoyHash;

    public async Task<SignInOutcome> SignInAsync(string login, string password, bool rememberMe)
    {
        var member = await FindAsync(login.Trim());
        if (member is null) return UnknownLogin(login, password);
        var result = await signIn.PasswordSignInAsync(member, password, rememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return SignInOutcome.SignedIn;
        if (!result.IsLockedOut) return SignInOutcome.WrongCredentials;
        Decoy(password); // a locked account answers without checking the password; it must not answer faster
        return SignInOutcome.LockedOut;
    }

    private SignInOutcome UnknownLogin(string login, string password)
    {
        Decoy(password);
        // Identity locks a real account on its fifth failure and says so on that very try.
        return unknownLogins.Failed(login.Trim().ToUpperInvariant()) >= identity.Value.Lockout.MaxFailedAccessAttempts
            ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials;
    }

    /// <summary>The work of checking a password, against a hash that matches nothing.</summary>
    private void Decoy(string password)
    {
        _decoyHash ??= hasher.HashPassword(null!, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        hasher.VerifyHashedPassword(null!, _decoyHash, password);
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

/// <summary>Failed sign-ins of logins that have no account, counted like real accounts' for the lockout's length.</summary>
public sealed class UnknownLogins(Microsoft.Extensions.Options.IOptions<IdentityOptions> identity) : FailureCounter(identity.Value.Lockout.DefaultLockoutTimeSpan);
