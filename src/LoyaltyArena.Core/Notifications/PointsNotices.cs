using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Notifications;

/// <summary>
/// Notices that follow an earning: one running "+450 poin hari ini" per member per day (updated, not repeated), and
/// "someone passed you" for the members the earner overtook on this week's board: their store colleagues and the top
/// ten, once a day each, so a busy board does not flood anyone's bell.
/// </summary>
public sealed class PointsNotices(ArenaDbContext db, ArenaTransactions transactions, Notifier notifier, ProgramCalendar calendar, TimeProvider clock)
    : IEventHandler<PointsChanged>
{
    /// <summary>Above this place a member hears of being overtaken by anyone; below it only by a colleague.</summary>
    public const int TopPlaces = 10;

    public async Task HandleAsync(PointsChanged domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Kind != LedgerEntryKind.Earn || domainEvent.Amount <= 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var day = calendar.ToLocal(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await transactions.WriteAsync(async ct =>
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"earned:{domainEvent.MemberId}:{day}");
            var amount = domainEvent.Amount.ToString(CultureInfo.InvariantCulture);
            // A second earning the same day adds to the first notice and makes it unread again.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Notifications" ("MemberId", "TextKey", "Args", "DedupKey", "CreatedAt", "Link")
                VALUES ({domainEvent.MemberId}, {"Notify.EarnedToday"}, {amount}, {key}, {now}, {"/Ledger"})
                ON CONFLICT ("DedupKey") DO UPDATE SET
                    "Args" = CAST(CAST("Notifications"."Args" AS INTEGER) + CAST(excluded."Args" AS INTEGER) AS TEXT),
                    "CreatedAt" = excluded."CreatedAt", "ReadAt" = NULL
                """, ct);
            db.Raise(new NoticeAdded(domainEvent.MemberId));
            if (domainEvent.BoardPoints > 0) await OvertakenAsync(domainEvent.MemberId, domainEvent.BoardPoints, now, day, ct);
            return new Done<bool>(true);
        }, cancellationToken);
    }

    private async Task OvertakenAsync(int earnerId, int moved, DateTime now, string day, CancellationToken ct)
    {
        var week = calendar.WeekKey(now);
        var board = db.LeaderboardScores.AsNoTracking().Where(s => s.Board == LeaderboardScore.EveryoneBoard && s.PeriodKey == week);
        if (await board.Where(s => s.MemberId == earnerId).Select(s => (int?)s.Points).FirstOrDefaultAsync(ct) is not { } score) return;
        var before = score - moved;
        var earner = await db.Members.AsNoTracking().Where(m => m.Id == earnerId).Select(m => new { m.DisplayName, m.PartnerId, m.BoardAnonymous }).SingleAsync(ct);
        var tenth = await board.OrderByDescending(s => s.Points).Skip(TopPlaces - 1).Select(s => (int?)s.Points).FirstOrDefaultAsync(ct) ?? 0;
        var passed = await board.Where(s => s.MemberId != earnerId && s.Points >= before && s.Points < score)
            .Where(s => s.Points >= tenth || db.Members.Any(m => m.Id == s.MemberId && m.PartnerId == earner.PartnerId))
            .OrderByDescending(s => s.Points).Select(s => s.MemberId).Take(50).ToListAsync(ct);
        if (passed.Count == 0) return;
        string[] args = earner.BoardAnonymous ? [] : [earner.DisplayName];
        await notifier.NotifyManyAsync(passed, earner.BoardAnonymous ? "Notify.OvertakenBySomeone" : "Notify.Overtaken", args,
            m => string.Create(CultureInfo.InvariantCulture, $"overtaken:{m}:{day}"), "/Leaderboards", ct);
    }
}
