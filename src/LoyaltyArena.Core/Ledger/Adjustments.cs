using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Ledger;

public enum AdjustStatus
{
    Done,
    AlreadyDone,
    NotEnoughPoints,
    UnknownMember,
    UnknownEntry,
    NotReversible,
    Invalid,
}

public sealed record AdjustOutcome(AdjustStatus Status, int Balance = 0, IReadOnlyList<string>? Problems = null) : IWriteOutcome
{
    public bool Succeeded => Status == AdjustStatus.Done;
}

/// <summary>
/// Marketers' corrections: a credit or debit with a required reason, or the reversal of one entry.
/// Entries are never edited; each correction is a new entry and an audit record in one transaction.
/// </summary>
public sealed class Adjustments(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, TimeProvider clock)
{
    public const int MaxPoints = 1_000_000;

    public static IReadOnlyList<string> Check(int points, string? reason)
    {
        var problems = new List<string>();
        if (points is < 1 or > MaxPoints) problems.Add("Adjust.PointsRange");
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 5) problems.Add("Adjust.ReasonRequired");
        else if (reason.Trim().Length > 200) problems.Add("Adjust.ReasonTooLong");
        return problems;
    }

    /// <param name="points">Positive to credit, negative to debit.</param>
    public async Task<AdjustOutcome> AdjustAsync(int actorId, int memberId, int points, string reason, string requestKey, CancellationToken cancellationToken)
    {
        var problems = Check(Math.Abs(points), reason);
        if (problems.Count > 0) return new AdjustOutcome(AdjustStatus.Invalid, Problems: problems);
        if (!await db.Members.AnyAsync(m => m.Id == memberId, cancellationToken)) return new AdjustOutcome(AdjustStatus.UnknownMember);
        reason = reason.Trim();
        // The form's key makes a double submit count once; a missing or mangled one gets a fresh key (one credit, no error).
        if (string.IsNullOrWhiteSpace(requestKey) || requestKey.Length > 64) requestKey = Guid.NewGuid().ToString("N");

        return await transactions.WriteAsync(async ct =>
        {
            var posted = await ledger.AppendAsync(new Posting(memberId, points, LedgerEntryKind.Adjust, "adjustment", requestKey,
                $"adjust:{memberId}:{requestKey}", LedgerReasons.Adjusted, reason), ct);
            if (posted.Status != PostingStatus.Posted) return Refused(posted);
            Audit(actorId, points > 0 ? AuditActions.Credit : AuditActions.Debit, memberId, reason, $"{points:+#;-#} entry {posted.EntryId}");
            await db.SaveChangesAsync(ct);
            return new AdjustOutcome(AdjustStatus.Done, posted.Balance);
        }, cancellationToken);
    }

    /// <summary>Undoes one earning or adjustment with an opposite entry; each entry can be reversed once.</summary>
    public async Task<AdjustOutcome> ReverseAsync(int actorId, long entryId, string reason, CancellationToken cancellationToken)
    {
        var problems = Check(1, reason);
        if (problems.Count > 0) return new AdjustOutcome(AdjustStatus.Invalid, Problems: problems);
        var entry = await db.LedgerEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null) return new AdjustOutcome(AdjustStatus.UnknownEntry);
        if (entry.Kind is not (LedgerEntryKind.Earn or LedgerEntryKind.Adjust)) return new AdjustOutcome(AdjustStatus.NotReversible);
        var lot = await db.PointLots.Where(l => l.LedgerEntryId == entryId).Select(l => (long?)l.Id).FirstOrDefaultAsync(cancellationToken);
        reason = reason.Trim();

        return await transactions.WriteAsync(async ct =>
        {
            var posted = await ledger.AppendAsync(new Posting(entry.MemberId, -entry.Amount, LedgerEntryKind.Reverse, "entry",
                entryId.ToString(CultureInfo.InvariantCulture), $"reverse:{entryId}", LedgerReasons.Reversed, entry.Subject ?? reason)
            {
                ReversesEntryId = entryId,
                ReversesEarning = entry.Kind == LedgerEntryKind.Earn,
                BoardTime = entry.CreatedAt,
                FromLotId = lot,
            }, ct);
            if (posted.Status != PostingStatus.Posted) return Refused(posted);
            Audit(actorId, AuditActions.Reverse, entry.MemberId, reason, $"entry {entryId} ({entry.Amount:+#;-#}) reversed by {posted.EntryId}");
            await db.SaveChangesAsync(ct);
            return new AdjustOutcome(AdjustStatus.Done, posted.Balance);
        }, cancellationToken);
    }

    private static AdjustOutcome Refused(PostingResult posted) => posted.Status == PostingStatus.Duplicate
        ? new AdjustOutcome(AdjustStatus.AlreadyDone, posted.Balance)
        : new AdjustOutcome(AdjustStatus.NotEnoughPoints, posted.Balance);

    private void Audit(int actorId, string action, int memberId, string reason, string details) =>
        db.AuditEntries.Add(new AuditEntry(actorId, action, "member", memberId.ToString(CultureInfo.InvariantCulture), reason, details, clock.GetUtcNow().UtcDateTime));
}
