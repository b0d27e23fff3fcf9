using System.Globalization;
using System.Security.Cryptography;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Referrals;

public sealed record InvitationLine(int Id, string Code, int PartnerId, string Store, bool NeedsApproval, DateTime CreatedAt, DateTime ExpiresAt, InvitationState State, int Joined);

/// <summary>What a join link leads to: an invite to a store, or a member's referral code (their store, with them as referrer).</summary>
public sealed record JoinTarget(string Code, int PartnerId, string Store, int? InvitationId, int? ReferrerId, string? ReferrerName, bool NeedsApproval, InvitationState State);

/// <summary>Invite links for a store: made by its owner or by a marketer, expiring, revocable.</summary>
public sealed class Invitations(ArenaDbContext db, ArenaTransactions transactions, TimeProvider clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);
    public const int MaxDays = 90;
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public async Task<Saved> CreateAsync(int actorId, int partnerId, int days, bool needsApproval, CancellationToken cancellationToken)
    {
        if (days is < 1 or > MaxDays) return Saved.Refused("days", "Invite.DaysRange");
        return await transactions.WriteAsync(async ct =>
        {
            var store = await db.Partners.FoundAsync(p => p.Id == partnerId && p.Kind != PartnerKind.Brand, ct);
            if (!store.IsActive) return Saved.Refused("partnerId", "People.StoreUnknown");
            var now = clock.GetUtcNow().UtcDateTime;
            var code = string.Concat(Enumerable.Range(0, Invitation.CodeLength).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]));
            var invitation = new Invitation(code, partnerId, actorId, needsApproval, now, now.AddDays(days));
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.InviteCreated, "partner", partnerId.ToString(CultureInfo.InvariantCulture), store.Name,
                $"invite {invitation.Id}, {days} days, {(needsApproval ? "owner approves" : "joins at once")}", now));
            await db.SaveChangesAsync(ct);
            return Saved.Ok(invitation.Id);
        }, cancellationToken);
    }

    /// <summary>Revokes an invite of <paramref name="partnerId"/> (an owner revokes only their store's; null for Studio).</summary>
    public async Task RevokeAsync(int actorId, int invitationId, int? partnerId, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var invitation = await db.Invitations.FoundAsync(i => i.Id == invitationId && (partnerId == null || i.PartnerId == partnerId), ct);
            var now = clock.GetUtcNow().UtcDateTime;
            invitation.Revoke(now);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.InviteRevoked, "partner", invitation.PartnerId.ToString(CultureInfo.InvariantCulture), "-",
                $"invite {invitation.Id} revoked", now));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);

    public async Task<IReadOnlyList<InvitationLine>> ForPartnerAsync(int? partnerId, int take, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Invitations.AsNoTracking().Where(i => partnerId == null || i.PartnerId == partnerId).OrderByDescending(i => i.Id).Take(take)
            .Join(db.Partners, i => i.PartnerId, p => p.Id, (i, p) => new { Invitation = i, p.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new InvitationLine(r.Invitation.Id, r.Invitation.Code, r.Invitation.PartnerId, r.Name, r.Invitation.NeedsApproval,
            r.Invitation.CreatedAt, r.Invitation.ExpiresAt, r.Invitation.StateAt(now), r.Invitation.Joined)).ToList();
    }

    /// <summary>The invite or the member a join code names, or null when it names nothing.</summary>
    public async Task<JoinTarget?> ResolveAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var invite = await db.Invitations.AsNoTracking().Where(i => i.Code == code.ToLowerInvariant())
            .Join(db.Partners, i => i.PartnerId, p => p.Id, (i, p) => new { Invitation = i, p.Name, p.ClosedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (invite is not null)
            return new JoinTarget(invite.Invitation.Code, invite.Invitation.PartnerId, invite.Name, invite.Invitation.Id, null, null, invite.Invitation.NeedsApproval,
                invite.ClosedAt is not null ? InvitationState.Revoked : invite.Invitation.StateAt(now));
        var upper = code.ToUpperInvariant();
        var referrer = await db.Members.AsNoTracking().Where(m => m.ReferralCode == upper)
            .Select(m => new { m.Id, m.DisplayName, m.PartnerId, Store = m.Partner!.Name, m.DeactivatedAt, m.Approval, m.Partner.ClosedAt, m.Partner.Kind })
            .FirstOrDefaultAsync(cancellationToken);
        if (referrer is null || referrer.Kind == PartnerKind.Brand) return null;
        var open = referrer.DeactivatedAt is null && referrer.Approval == MemberApproval.Approved && referrer.ClosedAt is null;
        return new JoinTarget(upper, referrer.PartnerId, referrer.Store, null, referrer.Id, referrer.DisplayName, NeedsApproval: true,
            open ? InvitationState.Open : InvitationState.Revoked);
    }
}
