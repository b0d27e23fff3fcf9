using System.Globalization;
using System.Text.Json;
using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Notifications;

public sealed record DigestEmail(int MemberId, string MemberName, int Balance, int WeekRank, int WeekPoints, int OpenChallenges,
    string? NextReward, int PointsToNext, string? TakeNow, int ExpiringPoints, DateTime? ExpiresAt) : IMarketingEmail
{
    public MailKind Kind => MailKind.Digest;
}

/// <summary>
/// The weekly digest, queued once per member per program week: the outbox's dedup key (member and week) makes a second
/// run, or a run on another instance at the same moment, queue nothing more. Members who turned it off get none.
/// </summary>
public sealed class WeeklyDigest(ArenaDbContext db, HomeScreen home, ChallengeService challenges, Notifier notifier,
    ArenaTransactions transactions, ProgramCalendar calendar, TimeProvider clock)
{
    /// <summary>Digests go out from this hour of the program's Monday (not at midnight).</summary>
    public const int SendFromHour = 8;

    /// <param name="force">Send now whatever the day (Studio previews and tests); otherwise only from Monday morning on.</param>
    public async Task<int> RunAsync(bool force, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var local = calendar.ToLocal(now);
        if (!force && local.DayOfWeek == DayOfWeek.Monday && local.Hour < SendFromHour) return 0;
        var week = calendar.WeekKey(now);
        var members = await db.Members.AsNoTracking()
            .Where(m => m.Email != null && m.DeactivatedAt == null && m.Approval == MemberApproval.Approved && m.Partner!.Kind != PartnerKind.Brand)
            .Where(m => !db.MailPreferences.Any(p => p.MemberId == m.Id && p.Kind == MailKind.Digest && !p.Email))
            .Where(m => !db.OutboxMessages.Any(o => o.DedupKey == "digest:" + m.Id + ":" + week))
            .Select(m => new { m.Id, m.Email, m.Language }).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var member in members)
        {
            if (await home.GetAsync(member.Id, cancellationToken) is not { } view) continue;
            var open = (await challenges.ForMemberAsync(member.Id, cancellationToken)).Count(c => c.State is ChallengeState.Open or ChallengeState.InProgress);
            var email = new DigestEmail(member.Id, view.Member.DisplayName, view.Member.Balance, view.WeekRank?.Rank ?? 0, view.WeekRank?.Points ?? 0, open,
                view.Goal.Next?.Name, view.Goal.PointsToNext, view.Goal.TakeNow?.Name, view.Expiring?.Points ?? 0, view.Expiring?.ExpiresAt);
            var sent = await transactions.WriteAsync(async ct => new Done<bool>(await notifier.EmailAsync(EmailTemplates.WeeklyDigest, member.Email, member.Language,
                JsonSerializer.Serialize(email), string.Create(CultureInfo.InvariantCulture, $"digest:{member.Id}:{week}"), ct, member.Id)), cancellationToken);
            if (sent.Value) queued++;
        }
        return queued;
    }
}
