using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Ledger;

/// <summary>
/// The only writer of ledger entries. One posting appends the entry, moves the wallet and the
/// leaderboard scores, all inside the caller's transaction. The database decides the races: a unique
/// idempotency key, a conditional wallet update and a CHECK on the balance.
/// </summary>
public sealed class PointsLedger(ArenaDbContext db, ArenaTransactions transactions, ProgramCalendar calendar, TimeProvider clock)
{
    /// <summary>Posts in its own transaction (or joins the open one).</summary>
    public Task<PostingResult> PostAsync(Posting posting, CancellationToken cancellationToken) =>
        transactions.WriteAsync(ct => AppendAsync(posting, ct), cancellationToken);

    /// <summary>Posts inside the transaction that the caller has open; the caller commits or rolls back.</summary>
    public async Task<PostingResult> AppendAsync(Posting posting, CancellationToken cancellationToken)
    {
        PostingRules.EnsureValid(posting);
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("AppendAsync runs inside a write transaction; use PostAsync.");

        var at = posting.OccurredAt ?? clock.GetUtcNow().UtcDateTime;
        var kind = posting.Kind.ToString();
        var inserted = await db.Database.SqlQuery<long>($"""
            INSERT INTO "LedgerEntries" ("MemberId", "Amount", "Kind", "SourceType", "SourceId", "IdempotencyKey", "ReasonKey", "Subject", "CreatedAt")
            VALUES ({posting.MemberId}, {posting.Amount}, {kind}, {posting.SourceType}, {posting.SourceId}, {posting.IdempotencyKey}, {posting.ReasonKey}, {posting.Subject}, {at})
            ON CONFLICT ("IdempotencyKey") DO NOTHING
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);

        if (inserted.Count == 0)
        {
            var existing = await db.LedgerEntries.AsNoTracking()
                .Where(e => e.IdempotencyKey == posting.IdempotencyKey)
                .Select(e => e.Id).SingleAsync(cancellationToken);
            return new PostingResult(PostingStatus.Duplicate, existing, await BalanceAsync(posting.MemberId, cancellationToken));
        }

        var earned = Math.Max(posting.Amount, 0);
        var spent = Math.Max(-posting.Amount, 0);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Wallets" ("MemberId", "Balance", "LifetimeEarned", "LifetimeSpent") VALUES ({posting.MemberId}, 0, 0, 0) ON CONFLICT ("MemberId") DO NOTHING""",
            cancellationToken);
        var moved = await db.Wallets
            .Where(w => w.MemberId == posting.MemberId && w.Balance + posting.Amount >= 0)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Balance, w => w.Balance + posting.Amount)
                .SetProperty(w => w.LifetimeEarned, w => w.LifetimeEarned + earned)
                .SetProperty(w => w.LifetimeSpent, w => w.LifetimeSpent + spent), cancellationToken);
        if (moved == 0)
            return new PostingResult(PostingStatus.InsufficientPoints, 0, await BalanceAsync(posting.MemberId, cancellationToken));

        if (posting.LeaderboardPoints > 0)
        {
            foreach (var period in LeaderboardPeriods.KeysFor(at, calendar))
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "LeaderboardScores" ("Board", "PeriodKey", "MemberId", "Points", "UpdatedAt")
                    VALUES ({LeaderboardScore.EveryoneBoard}, {period}, {posting.MemberId}, {posting.LeaderboardPoints}, {at})
                    ON CONFLICT ("Board", "PeriodKey", "MemberId")
                    DO UPDATE SET "Points" = "LeaderboardScores"."Points" + excluded."Points", "UpdatedAt" = excluded."UpdatedAt"
                    """, cancellationToken);
            }
        }

        db.Raise(new PointsChanged(posting.MemberId, posting.Amount, posting.Kind));
        return new PostingResult(PostingStatus.Posted, inserted[0], await BalanceAsync(posting.MemberId, cancellationToken));
    }

    public Task<int> BalanceAsync(int memberId, CancellationToken cancellationToken) =>
        db.Wallets.AsNoTracking().Where(w => w.MemberId == memberId).Select(w => w.Balance).FirstOrDefaultAsync(cancellationToken);
}
