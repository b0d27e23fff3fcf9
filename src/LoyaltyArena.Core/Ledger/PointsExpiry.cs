using System.Globalization;
using System.Text.Json;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Ledger;

public sealed record ExpiryReminderEmail(string MemberName, int Points, DateTime ExpiresAt, int DaysLeft);

public sealed record ExpiryPreview(int Points, DateTime ExpiresAt);

/// <summary>
/// Expires lots whose time has come and reminds members before it does. Both passes are idempotent:
/// an expiry's key is its lot, a reminder's key is member, date and threshold, so running twice
/// (or on two instances at once) expires nothing twice and sends nothing twice.
/// </summary>
public sealed partial class PointsExpiry(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, Notifier notifier, ProgramCalendar calendar, TimeProvider clock)
{
    /// <summary>Days before the expiry date at which a reminder goes out.</summary>
    public static readonly int[] ReminderDays = [30, 7];

    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.PointLots.AsNoTracking().Where(l => l.ExpiresAt <= now && l.Remaining > 0)
            .OrderBy(l => l.ExpiresAt).Select(l => new { l.Id, l.MemberId, l.LedgerEntryId }).Take(5_000).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var lot in due)
        {
            var result = await transactions.WriteAsync(async ct =>
            {
                var remaining = await db.PointLots.Where(l => l.Id == lot.Id).Select(l => l.Remaining).SingleAsync(ct);
                if (remaining == 0) return new PostingResult(PostingStatus.Duplicate, 0, 0);
                var subject = await db.LedgerEntries.Where(e => e.Id == lot.LedgerEntryId).Select(e => e.Subject).SingleAsync(ct);
                return await ledger.AppendAsync(new Posting(lot.MemberId, -remaining, LedgerEntryKind.Expire, "lot",
                    lot.Id.ToString(CultureInfo.InvariantCulture), $"expire:lot:{lot.Id}", LedgerReasons.Expired, subject, now)
                {
                    FromLotId = lot.Id,
                    OnlyFromLot = true,
                }, ct);
            }, cancellationToken);
            if (result.Status == PostingStatus.Posted) expired++;
        }
        return expired;
    }

    /// <summary>One reminder per member, expiry date and threshold (30 days, then 7), in-app and by email.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(ReminderDays.Max());
        var lots = await db.PointLots.AsNoTracking().Where(l => l.Remaining > 0 && l.ExpiresAt > now && l.ExpiresAt <= horizon)
            .Select(l => new { l.MemberId, l.ExpiresAt, l.Remaining }).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var member in lots.GroupBy(l => l.MemberId))
        {
            var first = member.GroupBy(l => calendar.ToLocal(l.ExpiresAt).Date).OrderBy(g => g.Key).First();
            var daysLeft = (first.Key - calendar.ToLocal(now).Date).Days;
            var threshold = ReminderThreshold(daysLeft);
            if (threshold is null) continue;
            var points = first.Sum(l => l.Remaining);
            var expiresAt = first.Min(l => l.ExpiresAt);
            var done = await transactions.WriteAsync(async ct =>
            {
                var who = await db.Members.AsNoTracking().Where(m => m.Id == member.Key).Select(m => new { m.DisplayName, m.Email, m.Language }).SingleAsync(ct);
                var key = $"expiry:{member.Key}:{first.Key:yyyy-MM-dd}:{threshold}";
                var date = first.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var fresh = await notifier.NotifyAsync(member.Key, "Notify.Expiring", [points.ToString(CultureInfo.InvariantCulture), date], key, ct, "/Rewards");
                if (fresh && who.Email is not null)
                    await notifier.EmailAsync(EmailTemplates.ExpiryReminder, who.Email, who.Language,
                        JsonSerializer.Serialize(new ExpiryReminderEmail(who.DisplayName, points, expiresAt, daysLeft)), key, ct, member.Key);
                return new Done<bool>(fresh);
            }, cancellationToken);
            if (done.Value) sent++;
        }
        return sent;
    }

    /// <summary>The smallest reminder threshold the days left fall within, or none beyond the largest.</summary>
    public static int? ReminderThreshold(int daysLeft) =>
        daysLeft < 0 ? null : ReminderDays.Where(d => daysLeft <= d).Order().Cast<int?>().FirstOrDefault();

    /// <summary>The next points to expire for a member: how many, and when.</summary>
    public async Task<ExpiryPreview?> NextAsync(int memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lots = await db.PointLots.AsNoTracking().Where(l => l.MemberId == memberId && l.Remaining > 0 && l.ExpiresAt > now)
            .OrderBy(l => l.ExpiresAt).Select(l => new { l.ExpiresAt, l.Remaining }).Take(50).ToListAsync(cancellationToken);
        if (lots.Count == 0) return null;
        var day = calendar.ToLocal(lots[0].ExpiresAt).Date;
        var same = lots.Where(l => calendar.ToLocal(l.ExpiresAt).Date == day).ToList();
        return new ExpiryPreview(same.Sum(l => l.Remaining), same[0].ExpiresAt);
    }
}
