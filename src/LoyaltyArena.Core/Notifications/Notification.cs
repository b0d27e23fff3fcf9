namespace LoyaltyArena.Core.Notifications;

/// <summary>An in-app message to one member; the text is a resource key rendered in the reader's language.</summary>
public sealed class Notification
{
    private Notification() { }

    public long Id { get; private set; }
    public int MemberId { get; private set; }
    public string TextKey { get; private set; } = "";

    /// <summary>Arguments for the text, separated by '|'.</summary>
    public string Args { get; private set; } = "";

    public string? DedupKey { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    /// <summary>What the notification is about, as a path in the app ("/Challenges/12"); tapping it opens that.</summary>
    public string? Link { get; private set; }

    public string[] ArgList => Args.Length == 0 ? [] : Args.Split('|');
}
