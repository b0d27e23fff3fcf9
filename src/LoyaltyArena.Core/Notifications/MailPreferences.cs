using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Notifications;

/// <summary>Email a member may turn off. Receipts, account links and security messages are not here: they always go.</summary>
public enum MailKind
{
    /// <summary>The weekly digest: my points, rank, open challenges, rewards within reach.</summary>
    Digest,

    /// <summary>"We miss you" after 30 days without activity.</summary>
    Reactivation,

    /// <summary>A new contest or challenge for me.</summary>
    Launches,

    /// <summary>Announcements from the program team.</summary>
    Announcements,
}

/// <summary>A member's choice for one kind of marketing email. No row means the default: on.</summary>
public sealed class MailPreference
{
    private MailPreference() { }

    public MailPreference(int memberId, MailKind kind, bool email, DateTime changedAt) => (MemberId, Kind, Email, ChangedAt) = (memberId, kind, email, changedAt);

    public int MemberId { get; private set; }
    public MailKind Kind { get; private set; }
    public bool Email { get; private set; }
    public DateTime ChangedAt { get; private set; }

    public void Set(bool email, DateTime at) => (Email, ChangedAt) = (email, at);
}

public sealed class MailPreferences(ArenaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<MailKind, bool>> ForMemberAsync(int memberId, CancellationToken cancellationToken)
    {
        var stored = await db.MailPreferences.AsNoTracking().Where(p => p.MemberId == memberId).ToDictionaryAsync(p => p.Kind, p => p.Email, cancellationToken);
        return Enum.GetValues<MailKind>().ToDictionary(k => k, k => stored.GetValueOrDefault(k, true));
    }

    public Task<bool> WantsAsync(int memberId, MailKind kind, CancellationToken cancellationToken) =>
        db.MailPreferences.AllAsync(p => !(p.MemberId == memberId && p.Kind == kind && !p.Email), cancellationToken);

    /// <summary>Everyone who turned this kind of mail off: a bulk send (broadcast, launch, reactivation) leaves them out.</summary>
    public async Task<HashSet<int>> TurnedOffAsync(MailKind kind, CancellationToken cancellationToken) =>
        (await db.MailPreferences.AsNoTracking().Where(p => p.Kind == kind && !p.Email).Select(p => p.MemberId).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Every kind of mail these members turned off, read once for a batch of the outbox.</summary>
    public async Task<HashSet<(int MemberId, MailKind Kind)>> OffAsync(IReadOnlyCollection<int> memberIds, CancellationToken cancellationToken) =>
        memberIds.Count == 0 ? [] : (await db.MailPreferences.AsNoTracking().Where(p => !p.Email && memberIds.Contains(p.MemberId))
            .Select(p => new { p.MemberId, p.Kind }).ToListAsync(cancellationToken)).Select(p => (p.MemberId, p.Kind)).ToHashSet();

    /// <returns>Whether anything changed (a second unsubscribe changes nothing).</returns>
    public async Task<bool> SetAsync(int memberId, MailKind kind, bool email, CancellationToken cancellationToken)
    {
        var row = await db.MailPreferences.FirstOrDefaultAsync(p => p.MemberId == memberId && p.Kind == kind, cancellationToken);
        if ((row?.Email ?? true) == email) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        if (row is null) db.MailPreferences.Add(new MailPreference(memberId, kind, email, now));
        else row.Set(email, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
