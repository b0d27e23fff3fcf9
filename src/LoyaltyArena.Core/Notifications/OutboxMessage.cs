namespace LoyaltyArena.Core.Notifications;

public static class EmailTemplates
{
    public const string RedemptionReceipt = nameof(RedemptionReceipt);
    public const string TierChanged = nameof(TierChanged);
    public const string ExpiryReminder = nameof(ExpiryReminder);
    public const string FulfilmentUpdate = nameof(FulfilmentUpdate);
    public const string AccountLink = nameof(AccountLink);
    public const string ContestWon = nameof(ContestWon);
    public const string WeeklyDigest = nameof(WeeklyDigest);
    public const string Welcome = nameof(Welcome);
    public const string Reactivation = nameof(Reactivation);
    public const string ContestLaunch = nameof(ContestLaunch);
    public const string Announcement = nameof(Announcement);

    public static readonly IReadOnlyList<string> All =
        [RedemptionReceipt, FulfilmentUpdate, TierChanged, ExpiryReminder, AccountLink, Welcome, WeeklyDigest, Reactivation, ContestLaunch, ContestWon, Announcement];
}

/// <summary>
/// A message written in the same transaction as the change it reports, and sent afterwards by a
/// dispatcher that retries with back-off: a mail server outage delays mail, it never loses it.
/// </summary>
public sealed class OutboxMessage
{
    public const string EmailChannel = "email";

    private OutboxMessage() { }

    public static OutboxMessage Email(string template, string recipient, string language, string payloadJson, string dedupKey, DateTime now) => new()
    {
        Channel = EmailChannel,
        Template = template,
        Recipient = recipient,
        Language = language,
        PayloadJson = payloadJson,
        DedupKey = dedupKey,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public long Id { get; private set; }
    public string Channel { get; private set; } = EmailChannel;
    public string Template { get; private set; } = "";
    public string Recipient { get; private set; } = "";
    public string Language { get; private set; } = "id";
    public string PayloadJson { get; private set; } = "{}";

    /// <summary>Unique: the same event never queues the same message twice.</summary>
    public string DedupKey { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>The member it is for, when it is for one (the mail log filters by member).</summary>
    public int? MemberId { get; private set; }

    /// <summary>Not sent on purpose: the member turned this kind of mail off after it was queued.</summary>
    public bool Skipped { get; private set; }

    public OutboxState State => SentAt is not null ? (Skipped ? OutboxState.Skipped : OutboxState.Sent) : LastError is not null ? OutboxState.Failing : OutboxState.Queued;
}

/// <summary>Where a message is, as the mail log shows it. A failing message keeps being retried with back-off.</summary>
public enum OutboxState
{
    Queued,
    Sent,
    Failing,
    Skipped,
}
