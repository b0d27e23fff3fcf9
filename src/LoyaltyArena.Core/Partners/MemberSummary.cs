using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Rewards;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public sealed record MemberCard(int Id, string DisplayName, string Store, string Region, int Balance, int LifetimeEarned)
{
    /// <summary>Badges earned (see Core/Badges), for Home.</summary>
    public int Badges { get; init; }
}

/// <summary>A member as the home screen needs them, read once: the card, what the catalog checks, and their wishlist goal.</summary>
public sealed record MemberHome(MemberCard Card, MemberStanding Standing, int? WishRewardId);

/// <summary>What the top bar of every page shows.</summary>
public sealed record MemberBadges(int Balance, int Unread);

public sealed class MemberSummary(ArenaDbContext db)
{
    public async Task<MemberCard?> GetAsync(int memberId, CancellationToken cancellationToken) =>
        (await HomeAsync(memberId, cancellationToken))?.Card;

    /// <summary>One query: the member, their store, wallet and tier.</summary>
    public async Task<MemberHome?> HomeAsync(int memberId, CancellationToken cancellationToken)
    {
        var row = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.Id, m.DisplayName, Store = m.Partner!.Name, m.Partner.Region, m.Partner.Kind, m.WishRewardId,
                Suspended = m.RedemptionsSuspended != null,
                Wallet = db.Wallets.Where(w => w.MemberId == m.Id).Select(w => new { w.Balance, w.LifetimeEarned }).FirstOrDefault(),
                Threshold = db.MemberTiers.Where(t => t.MemberId == m.Id).Join(db.Tiers, t => t.TierId, t => t.Id, (_, t) => (int?)t.Threshold).FirstOrDefault(),
                Badges = db.MemberBadges.Count(b => b.MemberId == m.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        return new MemberHome(
            new MemberCard(row.Id, row.DisplayName, row.Store, row.Region, row.Wallet?.Balance ?? 0, row.Wallet?.LifetimeEarned ?? 0) { Badges = row.Badges },
            new MemberStanding(row.Threshold ?? 0, row.Kind, row.Region, row.Suspended),
            row.WishRewardId);
    }

    /// <summary>Balance and unread notifications in one query, for the top bar.</summary>
    public async Task<MemberBadges> BadgesAsync(int memberId, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new MemberBadges(
                db.Wallets.Where(w => w.MemberId == m.Id).Select(w => w.Balance).FirstOrDefault(),
                db.Notifications.Count(n => n.MemberId == m.Id && n.ReadAt == null)))
            .FirstOrDefaultAsync(cancellationToken) ?? new MemberBadges(0, 0);
}
