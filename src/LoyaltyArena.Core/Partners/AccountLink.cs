namespace LoyaltyArena.Core.Partners;

public enum AccountLinkPurpose
{
    /// <summary>"Lupa kata sandi": choose a new password.</summary>
    ResetPassword,

    /// <summary>"Kirim link masuk": sign in without a password.</summary>
    SignIn,

    /// <summary>An imported or Studio-made member sets their first password.</summary>
    FirstSignIn,
}

/// <summary>
/// An emailed one-time link. Only a hash of its token is stored; it works once, for a short time, and only while the
/// member's security stamp is the one it was issued under, so a password change kills every link sent before it.
/// </summary>
public sealed class AccountLink
{
    private AccountLink() { }

    public AccountLink(int memberId, AccountLinkPurpose purpose, string tokenHash, string stamp, DateTime createdAt, DateTime expiresAt)
    {
        MemberId = memberId;
        Purpose = purpose;
        TokenHash = tokenHash;
        Stamp = stamp;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public long Id { get; private set; }
    public int MemberId { get; private set; }
    public AccountLinkPurpose Purpose { get; private set; }
    public string TokenHash { get; private set; } = "";
    public string Stamp { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? UsedAt { get; private set; }
}
