using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Referrals;

public sealed record ReferralLine(int Id, string Name, DateTime JoinedAt, ReferralStatus Status, string? RefusedReason, int Points);

public sealed record MyReferrals(string Code, int PointsEarned, int PaidThisMonth, int MonthlyCap, int BonusPoints, int WelcomePoints, ReferralQualifier Qualifier, IReadOnlyList<ReferralLine> Lines);

/// <summary>
/// The two-sided referral bonus, paid through the ledger once each (idempotency keys): the new member's welcome when
/// their owner approves them, the referrer's bonus when the new member does the qualifying action, within a monthly cap.
/// </summary>
public sealed class ReferralService(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, Notifier notifier, ProgramCalendar calendar, TimeProvider clock)
{
    /// <summary>Inside the join transaction: the referral, refused at once when the rules say so.</summary>
    internal async Task RecordAsync(int referrerId, Member referee, string sourceHash, string deviceHash, bool referrerSignedInHere, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var referrer = await db.Members.AsNoTracking().Where(m => m.Id == referrerId).Select(m => new { m.Email, m.PhoneNumber }).SingleAsync(ct);
        var since = now - ReferralPolicy.SourceWindow;
        var fromSource = await db.Referrals.CountAsync(r => (r.Source == sourceHash || r.Device == deviceHash) && r.CreatedAt >= since, ct);
        var refusal = ReferralPolicy.RefusalFor(new SignupFacts(referee.Email, referee.PhoneNumber!, referrer.Email, referrer.PhoneNumber, referrerSignedInHere, fromSource));
        db.Referrals.Add(new Referral(referrerId, referee.Id, sourceHash, deviceHash, now, refusal));
        await db.SaveChangesAsync(ct);
        if (refusal is null)
            await notifier.NotifyAsync(referrerId, "Notify.ReferralJoined", [referee.DisplayName], $"referral-joined:{referee.Id}", ct, "/Referrals");
    }

    /// <summary>Inside the caller's transaction: the welcome bonus of a member who joined through a link, once.</summary>
    internal async Task WelcomeAsync(Member member, CancellationToken ct)
    {
        var rules = await db.ProgramRules.AsNoTracking().SingleAsync(ct);
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.RefereeId == member.Id, ct);
        var refused = referral?.Status == ReferralStatus.Refused;
        var store = await db.Partners.Where(p => p.Id == member.PartnerId).Select(p => p.Name).SingleAsync(ct);
        await notifier.EmailAsync(EmailTemplates.Welcome, member.Email, member.Language,
            System.Text.Json.JsonSerializer.Serialize(new WelcomeEmail(member.DisplayName, store, refused ? 0 : rules.ReferralWelcomePoints, null, 0)),
            $"welcome:{member.Id}", ct, member.Id);
        if (refused) return;
        if (rules.ReferralWelcomePoints > 0)
            await ledger.AppendAsync(Posting.Earn(member.Id, rules.ReferralWelcomePoints, "welcome", member.Id.ToString(CultureInfo.InvariantCulture), LedgerReasons.Welcome, null), ct);
        referral?.Welcomed(rules.ReferralWelcomePoints);
        await db.SaveChangesAsync(ct);
        if (rules.ReferralQualifier == ReferralQualifier.Approved && referral is not null) await QualifyInTransactionAsync(referral, rules, ct);
    }

    /// <summary>An owner approves (or declines) someone waiting to join their store; a marketer may for any store.</summary>
    public async Task DecideAsync(int actorId, int memberId, bool approve, int? ownerStoreId, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var member = await db.Members.FoundAsync(m => m.Id == memberId && m.Approval == MemberApproval.Pending && (ownerStoreId == null || m.PartnerId == ownerStoreId), ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (approve)
            {
                member.Approve();
                await db.SaveChangesAsync(ct);
                await WelcomeAsync(member, ct);
                await notifier.NotifyAsync(member.Id, "Notify.Approved", [], $"approved:{member.Id}", ct, "/");
            }
            else
            {
                member.Decline();
                member.SecurityStamp = Guid.NewGuid().ToString("N");
                var referral = await db.Referrals.FirstOrDefaultAsync(r => r.RefereeId == member.Id, ct);
                referral?.Refuse(ReferralPolicy.Declined);
            }
            db.AuditEntries.Add(new AuditEntry(actorId, approve ? AuditActions.MemberApproved : AuditActions.MemberDeclined, "member",
                memberId.ToString(CultureInfo.InvariantCulture), ownerStoreId is null ? "Studio" : "Team", member.DisplayName, now));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);

    /// <summary>The referred member did <paramref name="action"/>: pays their referrer if that is the qualifying action.</summary>
    public async Task QualifyAsync(int refereeId, ReferralQualifier action, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var rules = await db.ProgramRules.AsNoTracking().SingleAsync(ct);
            if (rules.ReferralQualifier != action) return new Done<bool>(false);
            var referral = await db.Referrals.FirstOrDefaultAsync(r => r.RefereeId == refereeId && r.Status == ReferralStatus.Joined, ct);
            if (referral is null) return new Done<bool>(false);
            await QualifyInTransactionAsync(referral, rules, ct);
            return new Done<bool>(true);
        }, cancellationToken);

    private async Task QualifyInTransactionAsync(Referral referral, ProgramRules rules, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Two of one referrer's friends qualifying at once queue on the referrer's row, so the cap counts both.
        await db.Members.Where(m => m.Id == referral.ReferrerId).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReferralCode, m => m.ReferralCode), ct);
        var monthStart = MonthStartUtc(now);
        var paid = await db.Referrals.CountAsync(r => r.ReferrerId == referral.ReferrerId && r.Status == ReferralStatus.Rewarded && r.QualifiedAt >= monthStart, ct);
        var capReached = !ReferralPolicy.WithinCap(paid, rules.ReferralMonthlyCap);
        referral.Qualified(now, rules.ReferralBonusPoints, capReached);
        var referee = await db.Members.AsNoTracking().Where(m => m.Id == referral.RefereeId).Select(m => m.DisplayName).SingleAsync(ct);
        if (!capReached && rules.ReferralBonusPoints > 0)
        {
            await ledger.AppendAsync(Posting.Earn(referral.ReferrerId, rules.ReferralBonusPoints, "referral", referral.Id.ToString(CultureInfo.InvariantCulture),
                LedgerReasons.Referral, referee), ct);
            await notifier.NotifyAsync(referral.ReferrerId, "Notify.ReferralPaid", [referee, rules.ReferralBonusPoints.ToString(CultureInfo.InvariantCulture)], $"referral:{referral.Id}", ct, "/Referrals");
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<MyReferrals> MineAsync(int memberId, CancellationToken cancellationToken)
    {
        var rules = await db.ProgramRules.AsNoTracking().SingleAsync(cancellationToken);
        var code = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => m.ReferralCode).SingleAsync(cancellationToken);
        var lines = await db.Referrals.AsNoTracking().Where(r => r.ReferrerId == memberId).OrderByDescending(r => r.Id)
            .Join(db.Members, r => r.RefereeId, m => m.Id, (r, m) => new ReferralLine(r.Id, m.DisplayName, r.CreatedAt, r.Status, r.RefusedReason, r.ReferrerPoints))
            .Take(200).ToListAsync(cancellationToken);
        var monthStart = MonthStartUtc(clock.GetUtcNow().UtcDateTime);
        var paidThisMonth = await db.Referrals.CountAsync(r => r.ReferrerId == memberId && r.Status == ReferralStatus.Rewarded && r.QualifiedAt >= monthStart, cancellationToken);
        return new MyReferrals(code, lines.Sum(l => l.Points), paidThisMonth, rules.ReferralMonthlyCap, rules.ReferralBonusPoints, rules.ReferralWelcomePoints, rules.ReferralQualifier, lines);
    }

    private DateTime MonthStartUtc(DateTime now)
    {
        var local = calendar.ToLocal(now);
        return TimeZoneInfo.ConvertTimeToUtc(new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified), calendar.Zone);
    }
}

/// <summary>A referred member's first passed training is the default qualifying action.</summary>
public sealed class ReferralOnQuizPassed(ReferralService referrals) : IEventHandler<QuizPassed>
{
    public Task HandleAsync(QuizPassed domainEvent, CancellationToken cancellationToken) =>
        referrals.QualifyAsync(domainEvent.MemberId, ReferralQualifier.FirstTrainingPassed, cancellationToken);
}
