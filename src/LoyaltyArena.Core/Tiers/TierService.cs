using System.Text.Json;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Tiers;

public sealed record TierChanged(int MemberId, string From, string To, bool Promoted) : IDomainEvent;

public sealed record TierChangedEmail(string MemberName, string TierName, string Benefits, bool Promoted);

public sealed record TierStatus(TierProgress Progress, Tier Current, Tier? Next, int WindowMonths);

/// <summary>
/// Keeps each member's tier in step with the points they EARNED in the rolling window. Spending never
/// demotes; only the window rolling past old earnings (the daily job) or a reversal can.
/// </summary>
public sealed class TierService(ArenaDbContext db, ArenaTransactions transactions, Notifier notifier, TimeProvider clock)
{
    public async Task<IReadOnlyList<Tier>> TiersAsync(CancellationToken cancellationToken) =>
        await db.Tiers.AsNoTracking().OrderBy(t => t.Threshold).ToListAsync(cancellationToken);

    public async Task<int> WindowMonthsAsync(CancellationToken cancellationToken) =>
        await db.ProgramRules.Select(r => r.TierWindowMonths).FirstOrDefaultAsync(cancellationToken) is var m and > 0 ? m : 12;

    public async Task<int> QualifyingAsync(int memberId, CancellationToken cancellationToken) =>
        await QualifyingAsync(memberId, await WindowMonthsAsync(cancellationToken), cancellationToken);

    private async Task<int> QualifyingAsync(int memberId, int windowMonths, CancellationToken cancellationToken)
    {
        var since = TierPolicy.WindowStart(clock.GetUtcNow().UtcDateTime, windowMonths);
        return await db.LedgerEntries.Where(e => e.MemberId == memberId && e.Qualifies && e.CreatedAt >= since)
            .SumAsync(e => e.Amount, cancellationToken);
    }

    /// <summary>Two queries: the tiers with the window length, then the member's qualifying points.</summary>
    public async Task<TierStatus> StatusAsync(int memberId, CancellationToken cancellationToken)
    {
        var rows = await db.Tiers.AsNoTracking().OrderBy(t => t.Threshold)
            .Select(t => new { Tier = t, Window = db.ProgramRules.Select(r => r.TierWindowMonths).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var tiers = rows.Select(r => r.Tier).ToList();
        var window = rows.Count > 0 && rows[0].Window > 0 ? rows[0].Window : 12;
        var progress = TierPolicy.Progress(Levels(tiers), await QualifyingAsync(memberId, window, cancellationToken));
        return new TierStatus(progress, tiers.Single(t => t.Id == progress.Current.Id),
            progress.Next is null ? null : tiers.Single(t => t.Id == progress.Next.Id), window);
    }

    /// <summary>Moves one member to the tier their window earns; a change writes a notification and an email.</summary>
    public Task<Done<bool>> RecalculateAsync(int memberId, CancellationToken cancellationToken) =>
        transactions.WriteAsync(async ct => new Done<bool>(await MoveAsync(memberId, await TiersAsync(ct), ct)), cancellationToken);

    /// <summary>The daily pass: every member whose window no longer matches their tier moves. Idempotent.</summary>
    public async Task<int> RecalculateAllAsync(CancellationToken cancellationToken)
    {
        var tiers = Levels(await TiersAsync(cancellationToken));
        var since = TierPolicy.WindowStart(clock.GetUtcNow().UtcDateTime, await WindowMonthsAsync(cancellationToken));
        var qualifying = await db.LedgerEntries.Where(e => e.Qualifies && e.CreatedAt >= since)
            .GroupBy(e => e.MemberId).Select(g => new { g.Key, Points = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(x => x.Key, x => x.Points, cancellationToken);
        var current = await db.MemberTiers.AsNoTracking().ToDictionaryAsync(m => m.MemberId, m => m.TierId, cancellationToken);
        var members = await db.Members.Select(m => m.Id).ToListAsync(cancellationToken);

        var moved = 0;
        foreach (var member in members)
        {
            var target = TierPolicy.For(tiers, qualifying.GetValueOrDefault(member)).Id;
            if (current.TryGetValue(member, out var tier) && tier == target) continue;
            if ((await RecalculateAsync(member, cancellationToken)).Value) moved++;
        }
        return moved;
    }

    private async Task<bool> MoveAsync(int memberId, IReadOnlyList<Tier> tiers, CancellationToken ct)
    {
        var qualifying = await QualifyingAsync(memberId, ct);
        var target = tiers.Single(t => t.Id == TierPolicy.For(Levels(tiers), qualifying).Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.MemberTiers.FirstOrDefaultAsync(m => m.MemberId == memberId, ct);
        if (row is null)
        {
            db.MemberTiers.Add(new MemberTier(memberId, target.Id, qualifying, now));
            await db.SaveChangesAsync(ct);
            // Joining at the first tier is not news; reaching a higher one straight away is.
            if (target.Id == tiers[0].Id) return false;
            await AnnounceAsync(memberId, tiers[0], target, now, ct);
            return true;
        }
        var from = tiers.Single(t => t.Id == row.TierId);
        var changed = row.Move(target.Id, qualifying, now);
        await db.SaveChangesAsync(ct);
        if (changed) await AnnounceAsync(memberId, from, target, now, ct);
        return changed;
    }

    private async Task AnnounceAsync(int memberId, Tier from, Tier to, DateTime now, CancellationToken ct)
    {
        var promoted = to.Threshold > from.Threshold;
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.DisplayName, m.Email, m.Language }).SingleAsync(ct);
        var key = $"tier:{memberId}:{to.Id}:{now:yyyyMMddHHmmss}";
        await notifier.NotifyAsync(memberId, promoted ? "Notify.TierUp" : "Notify.TierDown", [to.Name, to.Benefits(member.Language)], key, ct, "/Rules#tiers");
        if (member.Email is not null)
            await notifier.EmailAsync(EmailTemplates.TierChanged, member.Email, member.Language,
                JsonSerializer.Serialize(new TierChangedEmail(member.DisplayName, to.Name, to.Benefits(member.Language), promoted)), key, ct, memberId);
        db.Raise(new TierChanged(memberId, from.Name, to.Name, promoted));
    }

    private static List<TierLevel> Levels(IEnumerable<Tier> tiers) =>
        tiers.Select(t => new TierLevel(t.Id, t.Name, t.Threshold, t.MultiplierPercent)).ToList();
}

/// <summary>A new earning may lift a member to the next tier at once, not only at the daily pass.</summary>
public sealed class PromoteOnEarning(TierService tiers) : IEventHandler<Ledger.PointsChanged>
{
    public async Task HandleAsync(Ledger.PointsChanged domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Kind is Ledger.LedgerEntryKind.Earn or Ledger.LedgerEntryKind.Reverse)
            await tiers.RecalculateAsync(domainEvent.MemberId, cancellationToken);
    }
}
