using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.Core.Notifications;

/// <summary>
/// An announcement from the program team to a segment: in the app for everyone in it, by email for those who keep
/// announcements on. Sent once, now or at its scheduled time, by the broadcast pass (never inside a web request).
/// </summary>
public sealed class Broadcast
{
    private Broadcast() { }

    public Broadcast(string title, string body, string? link, int createdById, DateTime createdAt, DateTime sendAt)
    {
        Title = title;
        Body = body;
        Link = link;
        CreatedById = createdById;
        CreatedAt = createdAt;
        SendAt = sendAt;
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Markdown; rendered without raw HTML.</summary>
    public string Body { get; private set; } = "";

    /// <summary>An app path the announcement points to ("/Challenges/3", "/Rewards", "/Learning/Module/2").</summary>
    public string? Link { get; private set; }

    public PartnerKind? TargetPartnerKind { get; private set; }
    public string? TargetRegion { get; private set; }
    public int? TargetMinTierId { get; private set; }
    public StoreSize? TargetStoreSize { get; private set; }
    public Activity? TargetActivity { get; private set; }

    public int CreatedById { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>When it goes out: the moment it was written for "send now", later when scheduled.</summary>
    public DateTime SendAt { get; private set; }

    /// <summary>Held by the instance delivering it, so two instances do not both work through the audience.</summary>
    public DateTime? ClaimedUntil { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>How many members it reached in the app, and how many emails were queued.</summary>
    public int Recipients { get; private set; }

    public int Emails { get; private set; }

    public void ForSegment(PartnerKind? kind, string? region, int? minTierId, StoreSize? size, Activity? activity) =>
        (TargetPartnerKind, TargetRegion, TargetMinTierId, TargetStoreSize, TargetActivity) = (kind, string.IsNullOrWhiteSpace(region) ? null : region.Trim(), minTierId, size, activity);

    public static string NoticeKey(int broadcastId, int memberId) => FormattableString.Invariant($"broadcast:{broadcastId}:{memberId}");

    public static string MailKey(int broadcastId, int memberId) => FormattableString.Invariant($"broadcast-mail:{broadcastId}:{memberId}");

    public static string NoticePrefix(int broadcastId) => FormattableString.Invariant($"broadcast:{broadcastId}:");

    public static string MailPrefix(int broadcastId) => FormattableString.Invariant($"broadcast-mail:{broadcastId}:");
}
