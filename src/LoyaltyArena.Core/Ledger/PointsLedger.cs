using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Tiers;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Ledger;

/// <summary>
/// The only writer of ledger entries, wallets and point lots. One posting appends the entry, moves the
/// wallet, opens or drains lots (oldest first) and moves the leaderboard scores, all inside the caller's
/// transaction. The database decides the races: a unique idempotency key, a conditional wallet update
/// and CHECKs on the balance and on each lot.
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
        var multiplier = posting.TierMultiplier && posting.Kind == LedgerEntryKind.Earn ? await MultiplierAsync(posting.MemberId, cancellationToken) : 100;
        var amount = multiplier == 100 ? posting.Amount : TierPolicy.Multiply(posting.Amount, multiplier);
        var inserted = await InsertEntryAsync(posting, amount, multiplier, at, cancellationToken);
        if (inserted is null)
        {
            var existing = await db.LedgerEntries.AsNoTracking().Where(e => e.IdempotencyKey == posting.IdempotencyKey)
                .Select(e => new { e.Id, e.Amount }).SingleAsync(cancellationToken);
            return new PostingResult(PostingStatus.Duplicate, existing.Id, await BalanceAsync(posting.MemberId, cancellationToken), existing.Amount);
        }

        if (await MoveWalletAsync(posting.MemberId, amount, cancellationToken) is not { } balance)
            return new PostingResult(PostingStatus.InsufficientPoints, 0, await BalanceAsync(posting.MemberId, cancellationToken));

        if (amount > 0) await OpenLotAsync(posting.MemberId, inserted.Value, amount, at, cancellationToken);
        else await DrainLotsAsync(posting.MemberId, -amount, posting.FromLotId, posting.OnlyFromLot, cancellationToken);

        var boardPoints = posting.Qualifies ? amount : 0;
        if (boardPoints != 0) await MoveBoardsAsync(posting.MemberId, boardPoints, posting.BoardTime ?? at, at, cancellationToken);

        db.Raise(new PointsChanged(posting.MemberId, amount, posting.Kind) { BoardPoints = boardPoints });
        return new PostingResult(PostingStatus.Posted, inserted.Value, balance, amount);
    }

    public Task<int> BalanceAsync(int memberId, CancellationToken cancellationToken) =>
        db.Wallets.AsNoTracking().Where(w => w.MemberId == memberId).Select(w => w.Balance).FirstOrDefaultAsync(cancellationToken);

    private async Task<int> MultiplierAsync(int memberId, CancellationToken cancellationToken) =>
        await db.MemberTiers.Where(m => m.MemberId == memberId)
            .Join(db.Tiers, m => m.TierId, t => t.Id, (_, t) => (int?)t.MultiplierPercent)
            .FirstOrDefaultAsync(cancellationToken) ?? 100;

    private async Task<long?> InsertEntryAsync(Posting p, int amount, int multiplier, DateTime at, CancellationToken cancellationToken)
    {
        var kind = p.Kind.ToString();
        var qualifies = p.Qualifies;
        var ids = await db.Database.SqlQuery<long>($"""
            INSERT INTO "LedgerEntries" ("MemberId", "Amount", "Kind", "SourceType", "SourceId", "IdempotencyKey", "ReasonKey", "Subject", "CreatedAt", "BaseAmount", "MultiplierPercent", "Qualifies", "ReversesEntryId")
            VALUES ({p.MemberId}, {amount}, {kind}, {p.SourceType}, {p.SourceId}, {p.IdempotencyKey}, {p.ReasonKey}, {p.Subject}, {at}, {p.Amount}, {multiplier}, {qualifies}, {p.ReversesEntryId})
            ON CONFLICT ("IdempotencyKey") DO NOTHING
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }

    /// <summary>Inside a transaction: queues on the member's wallet row, so a check of "what did they earn today" holds until commit.</summary>
    public async Task LockWalletAsync(int memberId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Wallets" ("MemberId", "Balance", "LifetimeEarned", "LifetimeSpent") VALUES ({memberId}, 0, 0, 0) ON CONFLICT ("MemberId") DO NOTHING""",
            cancellationToken);
        await db.Database.ExecuteSqlAsync($"""UPDATE "Wallets" SET "Balance" = "Balance" WHERE "MemberId" = {memberId}""", cancellationToken);
    }

    /// <returns>The balance after the move, or null when the wallet holds too little (nothing moved).</returns>
    private async Task<int?> MoveWalletAsync(int memberId, int amount, CancellationToken cancellationToken)
    {
        var earned = Math.Max(amount, 0);
        var spent = Math.Max(-amount, 0);
        // A debit needs a wallet that exists already; only an earning may have to open one.
        if (amount > 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Wallets" ("MemberId", "Balance", "LifetimeEarned", "LifetimeSpent") VALUES ({memberId}, 0, 0, 0) ON CONFLICT ("MemberId") DO NOTHING""",
                cancellationToken);
        }
        // The conditional update is the lock: concurrent debits of one wallet queue here and re-check the balance.
        var balances = await db.Database.SqlQuery<int>($"""
            UPDATE "Wallets" SET "Balance" = "Balance" + {amount}, "LifetimeEarned" = "LifetimeEarned" + {earned}, "LifetimeSpent" = "LifetimeSpent" + {spent}
            WHERE "MemberId" = {memberId} AND "Balance" + {amount} >= 0
            RETURNING "Balance" AS "Value"
            """).ToListAsync(cancellationToken);
        return balances.Count == 1 ? balances[0] : null;
    }

    private async Task OpenLotAsync(int memberId, long entryId, int amount, DateTime at, CancellationToken cancellationToken)
    {
        var months = await db.ProgramRules.Select(r => r.ExpiryMonths).FirstOrDefaultAsync(cancellationToken);
        var expires = at.AddMonths(months > 0 ? months : 12);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "PointLots" ("MemberId", "LedgerEntryId", "Amount", "Remaining", "EarnedAt", "ExpiresAt")
            VALUES ({memberId}, {entryId}, {amount}, {amount}, {at}, {expires})
            """, cancellationToken);
    }

    private async Task DrainLotsAsync(int memberId, int points, long? firstLotId, bool onlyThatLot, CancellationToken cancellationToken)
    {
        var lots = await db.PointLots.AsNoTracking().Where(l => l.MemberId == memberId && l.Remaining > 0 && (!onlyThatLot || l.Id == firstLotId))
            .Select(l => new LotBalance(l.Id, l.Remaining, l.ExpiresAt)).ToListAsync(cancellationToken);
        var takes = ExpiryAllocator.Allocate(lots, points, firstLotId)
            ?? throw new InvalidOperationException($"Member {memberId}'s lots hold less than the balance allowed.");
        foreach (var take in takes)
        {
            var taken = await db.PointLots.Where(l => l.Id == take.LotId && l.Remaining >= take.Points)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Remaining, l => l.Remaining - take.Points), cancellationToken);
            if (taken != 1) throw new InvalidOperationException($"Lot {take.LotId} changed under a posting.");
        }
    }

    /// <summary>
    /// Moves every board the member's points count on, in this transaction: the people boards (everyone, region, partner
    /// type) and the business boards (their store, their distributor), each for this week, this month and all time.
    /// </summary>
    private async Task MoveBoardsAsync(int memberId, int points, DateTime boardTime, DateTime at, CancellationToken cancellationToken)
    {
        if ((await Placements.OfAsync(db, [memberId], cancellationToken)).GetValueOrDefault(memberId) is not { } placement) return;
        var periods = LeaderboardPeriods.KeysFor(boardTime, calendar).ToList();
        await UpsertAsync("LeaderboardScores", "MemberId",
            [.. from board in BoardKeys.PeopleBoards(placement) from period in periods select (board, period, memberId)], points, at, cancellationToken);
        await UpsertAsync("PartnerScores", "PartnerId",
            [.. from b in BoardKeys.BusinessBoards(placement) from period in periods select (b.Board, period, b.PartnerId)], points, at, cancellationToken);
    }

    /// <summary>One statement adds the points to every row (creating the missing ones); the table and column names are ours, never input.</summary>
    private async Task UpsertAsync(string table, string idColumn, IReadOnlyList<(string Board, string Period, int Id)> rows, int points, DateTime at, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        var values = new List<string>(rows.Count);
        var parameters = new List<object>(rows.Count * 3 + 2) { points, at };
        foreach (var (board, period, id) in rows)
        {
            values.Add($"({{{parameters.Count}}}, {{{parameters.Count + 1}}}, {{{parameters.Count + 2}}}, {{0}}, {{1}})");
            parameters.AddRange([board, period, id]);
        }
#pragma warning disable EF1002 // table and column names are constants of ours; every value is a parameter
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "{table}" ("Board", "PeriodKey", "{idColumn}", "Points", "UpdatedAt")
            VALUES {string.Join(", ", values)}
            ON CONFLICT ("Board", "PeriodKey", "{idColumn}")
            DO UPDATE SET "Points" = "{table}"."Points" + excluded."Points", "UpdatedAt" = excluded."UpdatedAt"
            """, parameters, cancellationToken);
#pragma warning restore EF1002
    }
}
