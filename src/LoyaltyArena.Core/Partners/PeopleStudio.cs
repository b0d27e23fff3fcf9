using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

/// <summary>Marketers keep the channel: distributors and stores, and the people who work in them. Every change is audited.</summary>
public sealed class PeopleStudio(ArenaDbContext db, ArenaTransactions transactions, AccountLinks links, TimeProvider clock)
{
    public async Task<Saved> SavePartnerAsync(int actorId, int? partnerId, PartnerInput input, bool active, CancellationToken cancellationToken)
    {
        var problems = PeopleChecks.Partner(input);
        if (problems.Count > 0) return new Saved(problems);
        return await transactions.WriteAsync(async ct =>
        {
            var partner = partnerId is { } id ? await db.Partners.FoundAsync(p => p.Id == id && p.Kind != PartnerKind.Brand, ct) : null;
            if (input.ParentId is { } parentId)
            {
                var parent = await db.Partners.AsNoTracking().Where(p => p.Id == parentId).Select(p => new { p.Kind }).FirstOrDefaultAsync(ct);
                if (parent is null || parent.Kind >= input.Kind || parentId == partnerId) return Saved.Refused("parentId", "People.ParentInvalid");
            }
            var code = input.Code is { } c ? PartnerCodes.Normalize(c) : null;
            if (code is not null && await db.Partners.AnyAsync(p => p.Code == code && p.Id != (partnerId ?? 0), ct)) return Saved.Refused("code", "People.CodeTaken");
            var now = clock.GetUtcNow().UtcDateTime;
            if (partner is null)
            {
                partner = new Partner(input.Name!.Trim(), input.Kind, input.Region!.Trim());
                db.Partners.Add(partner);
            }
            var parentForNew = input.ParentId ?? await db.Partners.Where(p => p.Kind == PartnerKind.Brand).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            partner.Describe(input.Name!, input.Kind, input.Region!, input.City ?? "", input.Size, code, parentForNew);
            partner.SetActive(active, now);
            await db.SaveChangesAsync(ct);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.PartnerSaved, "partner", partner.Id.ToString(CultureInfo.InvariantCulture), "Studio",
                $"{partner.Kind} {partner.Name} ({partner.Code ?? "-"}), {partner.Region}{(active ? "" : ", closed")}", now));
            await db.SaveChangesAsync(ct);
            return Saved.Ok(partner.Id);
        }, cancellationToken);
    }

    /// <summary>Creates or edits a member. A new member with an email gets a first sign-in link to set their password.</summary>
    public async Task<Saved> SaveMemberAsync(int actorId, int? memberId, MemberInput input, AccountLinkUrl url, CancellationToken cancellationToken)
    {
        var problems = PeopleChecks.Member(input);
        if (problems.Count > 0) return new Saved(problems);
        var phone = PhoneNumbers.Normalize(input.Phone!);
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        var role = MemberRoles.Parse(input.Role)!;
        return await transactions.WriteAsync(async ct =>
        {
            var store = await db.Partners.AsNoTracking().Where(p => p.Id == input.PartnerId && p.Kind != PartnerKind.Brand)
                .Select(p => new { p.Id, p.ClosedAt }).FirstOrDefaultAsync(ct);
            if (store is null || (store.ClosedAt is not null && memberId is null)) return Saved.Refused("partnerId", "People.StoreUnknown");
            var member = memberId is { } id ? await db.Members.FoundAsync(m => m.Id == id, ct) : null;
            if (member is not null && await MemberRoles.Of(db, member.Id).AnyAsync(r => r == Roles.Marketer || r == Roles.Admin, ct))
                throw new NotFoundException("partner member");
            if (await PeopleChecks.TakenAsync(db, phone, email, member?.Id, ct) is { } taken) return new Saved([taken]);
            var now = clock.GetUtcNow().UtcDateTime;
            var isNew = member is null;
            string details;
            if (member is null)
            {
                member = new Member(input.Name!.Trim(), email, phone, store.Id, ReferralCodes.New(input.Name!), now) { ConcurrencyStamp = Guid.NewGuid().ToString() };
                member.ChooseLanguage(input.Language ?? Languages.Indonesian);
                db.Members.Add(member);
                await db.SaveChangesAsync(ct);
                details = $"created {member.DisplayName} ({phone}) as {role} in partner {store.Id}";
            }
            else
            {
                details = $"{member.DisplayName} ({member.PhoneNumber}, {member.Email ?? "-"}, partner {member.PartnerId}) -> {input.Name!.Trim()} ({phone}, {email ?? "-"}, partner {store.Id}), {role}";
                if (member.PartnerId != store.Id)
                    db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.MemberMoved, "member", member.Id.ToString(CultureInfo.InvariantCulture), "Studio",
                        $"partner {member.PartnerId} -> {store.Id}; points and history stay with the member", now));
                member.Rename(input.Name!);
                member.SetContact(email, phone);
                member.MoveTo(store.Id);
                member.ChooseLanguage(input.Language ?? member.Language);
            }
            await MemberRoles.SetAsync(db, member.Id, role, ct);
            db.AuditEntries.Add(new AuditEntry(actorId, AuditActions.MemberSaved, "member", member.Id.ToString(CultureInfo.InvariantCulture), "Studio", details, now));
            await db.SaveChangesAsync(ct);
            if (isNew) await links.IssueAsync(member, AccountLinkPurpose.FirstSignIn, url, ct);
            return Saved.Ok(member.Id);
        }, cancellationToken);
    }

    /// <summary>
    /// Deactivates (the member cannot sign in and every session ends within a minute; the ledger stays) or
    /// reactivates a member. <paramref name="ownerStoreId"/> limits an owner to their own store's staff.
    /// </summary>
    public async Task<bool> SetActiveAsync(int actorId, int memberId, bool active, int? ownerStoreId, CancellationToken cancellationToken) =>
        (await transactions.WriteAsync(async ct =>
        {
            var member = await db.Members.FoundAsync(m => m.Id == memberId && m.Id != actorId && (ownerStoreId == null || m.PartnerId == ownerStoreId), ct);
            if (ownerStoreId is not null && await MemberRoles.Of(db, memberId).AnyAsync(r => r != Roles.Staff, ct)) throw new NotFoundException("staff member");
            var now = clock.GetUtcNow().UtcDateTime;
            if (active) member.Reactivate();
            else member.Deactivate(now);
            member.SecurityStamp = Guid.NewGuid().ToString("N");
            db.AuditEntries.Add(new AuditEntry(actorId, active ? AuditActions.MemberReactivated : AuditActions.MemberDeactivated, "member",
                memberId.ToString(CultureInfo.InvariantCulture), ownerStoreId is null ? "Studio" : "Team", member.DisplayName, now));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken)).Value;

    /// <summary>Sends a member a first sign-in link again (a lost email, a new phone).</summary>
    public async Task<bool> SendSignInLinkAsync(int memberId, AccountLinkUrl url, CancellationToken cancellationToken) =>
        (await transactions.WriteAsync(async ct =>
        {
            var member = await db.Members.FoundAsync(m => m.Id == memberId, ct);
            if (member.Email is null || !member.CanSignIn) return new Done<bool>(false);
            await links.IssueAsync(member, AccountLinkPurpose.FirstSignIn, url, ct);
            return new Done<bool>(true);
        }, cancellationToken)).Value;
}
