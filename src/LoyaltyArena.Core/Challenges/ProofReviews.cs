using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Challenges;

public sealed record PendingProof(long Id, int MemberId, string Member, string Store, string Challenge, string? Text, string? Image, DateTime CreatedAt);

/// <summary>The Studio queue of proof photos and notes: approve (the challenge then counts it) or reject with a reason the member sees.</summary>
public sealed class ProofReviews(ArenaDbContext db, ArenaTransactions transactions, ChallengeService challenges, Notifier notifier, TimeProvider clock)
{
    public async Task<IReadOnlyList<PendingProof>> PendingAsync(int take, CancellationToken cancellationToken) =>
        await db.ProofSubmissions.AsNoTracking().Where(p => p.Status == ProofStatus.Pending).OrderBy(p => p.Id).Take(take)
            .Join(db.Members, p => p.MemberId, m => m.Id, (p, m) => new { Proof = p, m.DisplayName, Store = m.Partner!.Name })
            .Join(db.Challenges, x => x.Proof.ChallengeId, c => c.Id, (x, c) => new PendingProof(x.Proof.Id, x.Proof.MemberId, x.DisplayName, x.Store, c.Title, x.Proof.Text, x.Proof.Image, x.Proof.CreatedAt))
            .ToListAsync(cancellationToken);

    public async Task<Sales.ReviewOutcome> DecideAsync(int actorId, long proofId, bool approve, string? reason, CancellationToken cancellationToken)
    {
        if (!approve && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length is < 5 or > 200)) return new(Sales.ReviewStatus.ReasonRequired);
        var outcome = await transactions.WriteAsync(async ct =>
        {
            var proof = await db.ProofSubmissions.FoundAsync(p => p.Id == proofId, ct);
            if (proof.Status != ProofStatus.Pending) return new Sales.ReviewOutcome(Sales.ReviewStatus.AlreadyDecided);
            var title = await db.Challenges.Where(c => c.Id == proof.ChallengeId).Select(c => c.Title).SingleAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            proof.Decide(approve, approve ? null : reason!.Trim(), actorId, now);
            if (approve) await notifier.NotifyAsync(proof.MemberId, "Notify.ProofApproved", [title], $"proof:{proofId}", ct, $"/Challenges/{proof.ChallengeId}");
            else await notifier.NotifyAsync(proof.MemberId, "Notify.ProofRejected", [title, reason!.Trim()], $"proof:{proofId}", ct, $"/Challenges/{proof.ChallengeId}");
            db.AuditEntries.Add(new AuditEntry(actorId, approve ? AuditActions.ProofApproved : AuditActions.ProofRejected, "member",
                proof.MemberId.ToString(CultureInfo.InvariantCulture), reason?.Trim() ?? "-", $"proof {proofId} for challenge {proof.ChallengeId} ({title})", now));
            // The status change is the lock: of two reviewers at once, one saves (the other's row version is stale).
            var changed = await db.ProofSubmissions.Where(p => p.Id == proofId && p.Status == ProofStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, proof.Status).SetProperty(p => p.Reason, proof.Reason)
                    .SetProperty(p => p.ReviewedBy, actorId).SetProperty(p => p.ReviewedAt, now), ct);
            if (changed == 0) return new Sales.ReviewOutcome(Sales.ReviewStatus.AlreadyDecided);
            db.Entry(proof).State = EntityState.Unchanged;
            await db.SaveChangesAsync(ct);
            return new Sales.ReviewOutcome(Sales.ReviewStatus.Done);
        }, cancellationToken);
        if (outcome.Succeeded && approve)
        {
            var member = await db.ProofSubmissions.AsNoTracking().Where(p => p.Id == proofId).Select(p => p.MemberId).SingleAsync(cancellationToken);
            await challenges.RefreshAsync(member, cancellationToken);
        }
        return outcome;
    }
}
