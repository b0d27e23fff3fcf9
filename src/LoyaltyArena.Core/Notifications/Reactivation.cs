using System.Globalization;
using System.Text.Json;
using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Notifications;

/// <summary>
/// "We miss you" to members dormant for <see cref="Audiences.DormantAfterDays"/> days, once per dormant spell: the
/// outbox key names the member and the day of their last activity, so a pass run twice (or on two instances) queues one,
/// and a member who comes back and drifts away again hears from us again.
/// </summary>
public sealed class Reactivation(ArenaDbContext db, Audiences audiences, MailPreferences preferences, HomeScreen home, ChallengeService challenges, ContestService contests, Notifier notifier,
    ArenaTransactions transactions, ProgramCalendar calendar, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var dormant = (await audiences.MembersAsync(Segment.Everyone, Activity.Dormant, cancellationToken)).Where(m => m.Email is not null).ToList();
        var off = await preferences.TurnedOffAsync(MailKind.Reactivation, cancellationToken);
        var queued = 0;
        foreach (var member in dormant.Where(m => !off.Contains(m.Id)))
        {
            var last = await db.Members.AsNoTracking().Where(m => m.Id == member.Id).Select(m => new
            {
                m.CreatedAt, m.LastSignInAt,
                Earned = db.LedgerEntries.Where(e => e.MemberId == m.Id && e.Kind == LedgerEntryKind.Earn).Max(e => (DateTime?)e.CreatedAt),
            }).SingleAsync(cancellationToken);
            var lastActive = new[] { last.CreatedAt, last.LastSignInAt ?? DateTime.MinValue, last.Earned ?? DateTime.MinValue }.Max();
            var key = string.Create(CultureInfo.InvariantCulture, $"reactivation:{member.Id}:{calendar.ToLocal(lastActive):yyyy-MM-dd}");
            if (await db.OutboxMessages.AnyAsync(o => o.DedupKey == key, cancellationToken)) continue;
            if (await home.GetAsync(member.Id, cancellationToken) is not { } view) continue;
            var open = (await challenges.ForMemberAsync(member.Id, cancellationToken)).Count(c => c.State is ChallengeState.Open or ChallengeState.InProgress);
            var now = clock.GetUtcNow().UtcDateTime;
            var live = (await contests.ForMemberAsync(member.Id, cancellationToken)).Count(c => c.StartsAt <= now && c.EndsAt > now);
            var reward = view.Goal.TakeNow ?? view.Goal.Next;
            var email = new ReactivationEmail(member.Id, member.Name, view.Member.Balance, open, live, reward?.Name, reward?.Cost ?? 0,
                view.Expiring?.Points ?? 0, view.Expiring?.ExpiresAt);
            var sent = await transactions.WriteAsync(async ct => new Done<bool>(
                await notifier.EmailAsync(EmailTemplates.Reactivation, member.Email, member.Language, JsonSerializer.Serialize(email), key, ct, member.Id)), cancellationToken);
            if (sent.Value) queued++;
        }
        return queued;
    }
}
