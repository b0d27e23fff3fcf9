namespace LoyaltyArena.Core.Notifications;

/// <summary>Mail a member may turn off: it names them and its kind, carries a one-click unsubscribe and is checked again at sending.</summary>
public interface IMarketingEmail
{
    int MemberId { get; }

    MailKind Kind { get; }
}

/// <summary>The first mail of a new member: how to earn, and the first sign-in link when someone created the account for them.</summary>
public sealed record WelcomeEmail(string MemberName, string StoreName, int WelcomePoints, string? SignInUrl, int ValidDays);

/// <summary>"We miss you" after <see cref="Partners.Audiences.DormantAfterDays"/> days: what waits for them.</summary>
public sealed record ReactivationEmail(int MemberId, string MemberName, int Balance, int OpenChallenges, int LiveContests, string? RewardInReach, int RewardCost,
    int ExpiringPoints, DateTime? ExpiresAt) : IMarketingEmail
{
    public MailKind Kind => MailKind.Reactivation;
}

/// <summary>A contest opened for the member's segment.</summary>
public sealed record ContestLaunchEmail(int MemberId, string MemberName, int ContestId, string Contest, string Description, DateTime EndsAt, int TopPrize) : IMarketingEmail
{
    public MailKind Kind => MailKind.Launches;
}

/// <summary>A broadcast: its title, its Markdown body and where it points.</summary>
public sealed record AnnouncementEmail(int MemberId, string MemberName, int BroadcastId, string Title, string Body, string? Link) : IMarketingEmail
{
    public MailKind Kind => MailKind.Announcements;
}
