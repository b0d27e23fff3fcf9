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
}
