using System.Text.Json;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public sealed record AccountLinkEmail(string MemberName, AccountLinkPurpose Purpose, string Url, int ValidMinutes);

/// <summary>Builds the address a token is used at; the web knows its own routes and host.</summary>
public delegate string AccountLinkUrl(AccountLinkPurpose purpose, string token);

/// <summary>
/// Emailed one-time links: forgotten password, sign-in by link, first sign-in. Asking never tells whether an
/// account exists (the caller answers the same either way); a link works once, within its time, and dies with
/// a password change.
/// </summary>
public sealed class AccountLinks(ArenaDbContext db, ArenaTransactions transactions, Notifier notifier, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>A first sign-in link of an imported member waits for them longer: they may open it days later.</summary>
    public static readonly TimeSpan FirstSignInLifetime = TimeSpan.FromDays(7);

    /// <summary>At most this many links per member per hour, so the form cannot be used to flood a mailbox.</summary>
    public const int PerHour = 5;

    /// <summary>Emails a link to the active member with this email or phone, if there is one. Returns nothing either way.</summary>
    public async Task RequestAsync(string login, AccountLinkPurpose purpose, AccountLinkUrl url, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(login) || login.Length > 256) return;
        var member = await FindAsync(login.Trim(), cancellationToken);
        if (member is null || !member.CanSignIn || member.Email is null) return;
        await transactions.WriteAsync(async ct =>
        {
            var since = clock.GetUtcNow().UtcDateTime.AddHours(-1);
            if (await db.AccountLinks.CountAsync(l => l.MemberId == member.Id && l.CreatedAt >= since, ct) >= PerHour) return new Done<bool>(false);
            await IssueAsync(member, purpose, url, ct);
            return new Done<bool>(true);
        }, cancellationToken);
    }

    /// <summary>Inside the caller's transaction: a new link for <paramref name="member"/>, and its email in the outbox.</summary>
    public async Task IssueAsync(Member member, AccountLinkPurpose purpose, AccountLinkUrl url, CancellationToken ct)
    {
        if (member.Email is null) return;
        var token = SecretTokens.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = purpose == AccountLinkPurpose.FirstSignIn ? FirstSignInLifetime : Lifetime;
        var link = new AccountLink(member.Id, purpose, Hash(token), member.SecurityStamp ?? "", now, now + lifetime);
        db.AccountLinks.Add(link);
        await db.SaveChangesAsync(ct);
        var key = $"account-link:{link.Id}";
        if (purpose == AccountLinkPurpose.FirstSignIn)
        {
            // Someone created the account for them: the first mail they get is the welcome, with the link inside.
            var store = await db.Partners.Where(p => p.Id == member.PartnerId).Select(p => p.Name).SingleAsync(ct);
            var welcome = new WelcomeEmail(member.DisplayName, store, 0, url(purpose, token), (int)lifetime.TotalDays);
            await notifier.EmailAsync(EmailTemplates.Welcome, member.Email, member.Language, JsonSerializer.Serialize(welcome), key, ct, member.Id);
            return;
        }
        var email = new AccountLinkEmail(member.DisplayName, purpose, url(purpose, token), (int)lifetime.TotalMinutes);
        await notifier.EmailAsync(EmailTemplates.AccountLink, member.Email, member.Language, JsonSerializer.Serialize(email), key, ct, member.Id);
    }

    /// <summary>The member a token belongs to if it can still be used for <paramref name="purpose"/>; it is not used up.</summary>
    public async Task<Member?> PeekAsync(string? token, AccountLinkPurpose purpose, CancellationToken cancellationToken) =>
        (await ValidAsync(token, purpose, cancellationToken))?.Member;

    /// <summary>Uses the token up: the member it belongs to, or null when it is unknown, used, expired or outdated.</summary>
    public async Task<Member?> UseAsync(string? token, AccountLinkPurpose purpose, CancellationToken cancellationToken)
    {
        var valid = await ValidAsync(token, purpose, cancellationToken);
        if (valid is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        // The conditional update is the lock: of two clicks at once, one wins.
        var used = await db.AccountLinks.Where(l => l.Id == valid.Value.LinkId && l.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), cancellationToken);
        return used == 1 ? valid.Value.Member : null;
    }

    private async Task<(long LinkId, Member Member)?> ValidAsync(string? token, AccountLinkPurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.AccountLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now)
            .Join(db.Members, l => l.MemberId, m => m.Id, (l, m) => new { l.Id, l.Purpose, l.Stamp, Member = m })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !PurposeFits(found.Purpose, purpose) || found.Stamp != found.Member.SecurityStamp || !found.Member.IsActive) return null;
        return (found.Id, found.Member);
    }

    /// <summary>A first sign-in link sets a password, as a reset link does.</summary>
    private static bool PurposeFits(AccountLinkPurpose issued, AccountLinkPurpose wanted) =>
        issued == wanted || (wanted == AccountLinkPurpose.ResetPassword && issued == AccountLinkPurpose.FirstSignIn);

    private async Task<Member?> FindAsync(string login, CancellationToken cancellationToken)
    {
        if (PhoneNumbers.LooksLikePhone(login))
        {
            var phone = PhoneNumbers.Normalize(login);
            return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.PhoneNumber == phone, cancellationToken);
        }
        var email = login.ToUpperInvariant();
        return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.NormalizedEmail == email, cancellationToken);
    }

    private static string Hash(string token) => SecretTokens.Hash(token);
}
