using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Challenges;

/// <summary>
/// In the evening (program time), a gentle note to members whose streak of at least three days breaks at midnight
/// unless they do something today. Once per member per day, however often the pass runs.
/// </summary>
public sealed class StreakReminders(ArenaDbContext db, Notifier notifier, ProgramCalendar calendar, TimeProvider clock)
{
    public const int EveningHour = 17;
    public const int MinimumStreak = 3;

    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var local = calendar.ToLocal(now);
        if (local.Hour < EveningHour) return 0;
        var today = DateOnly.FromDateTime(local);
        var since = now.AddDays(-40);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.Kind == Ledger.LedgerEntryKind.Earn && e.CreatedAt >= since)
            .Select(e => new { e.MemberId, e.CreatedAt }).ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var member in entries.GroupBy(e => e.MemberId))
        {
            var streak = Streak.Of(Streak.DaysOf(member.Select(e => e.CreatedAt), calendar), today);
            if (streak.ActiveToday || streak.Current < MinimumStreak) continue;
            if (await notifier.NotifyAsync(member.Key, "Notify.StreakAtRisk", [streak.Current.ToString(CultureInfo.InvariantCulture)],
                    $"streak:{member.Key}:{today:yyyy-MM-dd}", cancellationToken, "/Learning"))
                reminded++;
        }
        return reminded;
    }
}
