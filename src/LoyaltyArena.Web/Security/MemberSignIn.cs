using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Web.Security;

public enum SignInOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,

    /// <summary>The password was right, but the account is deactivated or waits for its owner's approval.</summary>
    NotAllowed,
}

/// <summary>Identity's "confirmed account": a member may sign in while active and approved.</summary>
public sealed class ActiveMembers : IUserConfirmation<Member>
{
    public Task<bool> IsConfirmedAsync(UserManager<Member> manager, Member user) => Task.FromResult(user.CanSignIn);
}

/// <summary>
/// Signs a member in by email or phone number. Every failure counts towards lockout. Whether an account exists
/// cannot be told from outside: an unknown login costs the same password hashing and is locked out after the
/// same number of tries, with the same answer.
/// </summary>
public sealed class MemberSignIn(UserManager<Member> users, SignInManager<Member> signIn, IPasswordHasher<Member> hasher,
    UnknownLogins unknownLogins, Microsoft.Extensions.Options.IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private static string? _decoyHash;

    public async Task<SignInOutcome> SignInAsync(string login, string password, bool rememberMe)
    {
        var member = await FindAsync(login.Trim());
        if (member is null) return UnknownLogin(login, password);
        if (!member.CanSignIn) return await NotAllowedAsync(member, password);
        var result = await signIn.PasswordSignInAsync(member, password, rememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            member.SignedIn(clock.GetUtcNow().UtcDateTime);
            await users.UpdateAsync(member);
            Landing = await LandingAsync(member);
            MemberId = member.Id;
            return SignInOutcome.SignedIn;
        }
        if (result.IsNotAllowed) return SignInOutcome.NotAllowed;
        if (!result.IsLockedOut) return SignInOutcome.WrongCredentials;
        Decoy(password); // a locked account answers without checking the password; it must not answer faster
        return SignInOutcome.LockedOut;
    }

    /// <summary>
    /// Identity would answer "not allowed" before looking at the password; here a deactivated or waiting account says
    /// so only to someone who knows its password, and a wrong one counts towards lockout like any other.
    /// </summary>
    private async Task<SignInOutcome> NotAllowedAsync(Member member, string password)
    {
        if (await users.IsLockedOutAsync(member))
        {
            Decoy(password);
            return SignInOutcome.LockedOut;
        }
        if (await users.CheckPasswordAsync(member, password)) return SignInOutcome.NotAllowed;
        await users.AccessFailedAsync(member);
        return await users.IsLockedOutAsync(member) ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials;
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

    /// <summary>Signs in the member an emailed link belongs to (the link was checked and used up by AccountLinks).</summary>
    public async Task SignInByLinkAsync(Member member)
    {
        var tracked = await users.FindByIdAsync(member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (tracked is null || !tracked.CanSignIn) return;
        tracked.SignedIn(clock.GetUtcNow().UtcDateTime);
        await users.UpdateAsync(tracked);
        await signIn.SignInAsync(tracked, isPersistent: false);
        Landing = await LandingAsync(tracked);
    }

    /// <summary>Switches a shared phone to a clerk whose PIN it has just checked: this session only, the clerk's others stay.</summary>
    public async Task SwitchToAsync(int memberId)
    {
        var member = await users.FindByIdAsync(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (member is null || !member.CanSignIn) return;
        member.SignedIn(clock.GetUtcNow().UtcDateTime);
        await users.UpdateAsync(member);
        await signIn.SignInAsync(member, isPersistent: true);
        Landing = await LandingAsync(member);
    }

    /// <summary>Ends this session only (a shared phone is locked or handed to a colleague); the member's other sessions stay.</summary>
    public Task LeaveSessionAsync() => signIn.SignOutAsync();

    /// <summary>After a successful sign-in: who signed in.</summary>
    public int MemberId { get; private set; }

    /// <summary>After a successful sign-in: where the member lands when no return address was asked for.</summary>
    public string Landing { get; private set; } = "/";

    /// <summary>Studio for the program's team, the first-run screens once, then Home.</summary>
    public async Task<string> LandingAsync(Member member)
    {
        var roles = await users.GetRolesAsync(member);
        return roles.Any(r => Policies.StudioRoles.Contains(r)) ? "/Studio" : member.OnboardedAt is null ? "/Onboarding" : "/";
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
