using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.Core.Challenges;

public enum ChallengeKind
{
    /// <summary>Finish N training modules (or one chosen module).</summary>
    Modules,

    /// <summary>Pass N quizzes (or one chosen quiz).</summary>
    Quizzes,

    /// <summary>Answer a survey (a chosen one, or any N).</summary>
    Survey,

    /// <summary>Send N pieces of proof (a display photo, a note) that a reviewer approves.</summary>
    Proof,

    /// <summary>Sell N units of a product (or of every product) in the window.</summary>
    SalesUnits,

    /// <summary>Bring in N colleagues whose referral qualified in the window.</summary>
    Referrals,

    /// <summary>Earn something on N days in a row.</summary>
    Streak,
}

public enum ChallengeStatus
{
    Draft,
    Live,
    Paused,
    Ended,
}

/// <summary>Something to do in a window for points, launched by a marketer for a segment of members.</summary>
public sealed class Challenge
{
    private Challenge() { }

    public Challenge(string title, string description, ChallengeKind kind, int target, int? subjectId, int points, DateTime startsAt, DateTime endsAt, DateTime createdAt)
    {
        Title = title;
        Description = description;
        Kind = kind;
        Target = target;
        SubjectId = subjectId;
        Points = points;
        StartsAt = startsAt;
        EndsAt = endsAt;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ChallengeKind Kind { get; private set; }

    /// <summary>How many: modules, quizzes, proofs, units, colleagues, or days.</summary>
    public int Target { get; private set; }

    /// <summary>The chosen module, quiz, survey or product; null for "any".</summary>
    public int? SubjectId { get; private set; }

    public int Points { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public ChallengeStatus Status { get; private set; } = ChallengeStatus.Draft;

    /// <summary>How many members may complete it; null is no limit.</summary>
    public int? MaxCompletions { get; private set; }

    /// <summary>Everyone in the segment takes part; otherwise a member taps "Ikut" first.</summary>
    public bool AutoEnrol { get; private set; } = true;

    public PartnerKind? TargetPartnerKind { get; private set; }
    public string? TargetRegion { get; private set; }
    public int? TargetMinTierId { get; private set; }
    public StoreSize? TargetStoreSize { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>The stored name of the cover picture shown on the card; null shows the kind's icon.</summary>
    public string? Cover { get; private set; }

    public void ShowCover(string? cover) => Cover = cover;

    public void Describe(string title, string description, ChallengeKind kind, int target, int? subjectId, int points, DateTime startsAt, DateTime endsAt, int? maxCompletions, bool autoEnrol)
    {
        (Title, Description, Kind, Target, SubjectId, Points) = (title.Trim(), description.Trim(), kind, target, subjectId, points);
        (StartsAt, EndsAt, MaxCompletions, AutoEnrol) = (startsAt, endsAt, maxCompletions, autoEnrol);
    }

    public void ForSegment(PartnerKind? kind, string? region, int? minTierId, StoreSize? size) =>
        (TargetPartnerKind, TargetRegion, TargetMinTierId, TargetStoreSize) = (kind, string.IsNullOrWhiteSpace(region) ? null : region.Trim(), minTierId, size);

    public void Move(ChallengeStatus status) => Status = status;

    public bool IsRunning(DateTime now) => Status == ChallengeStatus.Live && now >= StartsAt && now < EndsAt;
}

/// <summary>One member's way through one challenge: joined, how far, and when it was done (unique per member and challenge).</summary>
public sealed class ChallengeProgress
{
    private ChallengeProgress() { }

    public ChallengeProgress(int challengeId, int memberId, DateTime joinedAt)
    {
        ChallengeId = challengeId;
        MemberId = memberId;
        JoinedAt = joinedAt;
    }

    public long Id { get; private set; }
    public int ChallengeId { get; private set; }
    public int MemberId { get; private set; }
    public DateTime JoinedAt { get; private set; }
    public int Progress { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    public void Advance(int progress) => Progress = Math.Max(Progress, progress);

    public void Complete(DateTime at) => CompletedAt ??= at;
}

public enum ProofStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A photo and/or a note a member sends for a proof challenge; a reviewer approves or rejects it with a reason.</summary>
public sealed class ProofSubmission
{
    private ProofSubmission() { }

    public ProofSubmission(int challengeId, int memberId, string? text, string? image, string? imageHash, DateTime createdAt)
    {
        ChallengeId = challengeId;
        MemberId = memberId;
        Text = text;
        Image = image;
        ImageHash = imageHash;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public int ChallengeId { get; private set; }
    public int MemberId { get; private set; }
    public string? Text { get; private set; }

    /// <summary>The stored picture's name in the media store.</summary>
    public string? Image { get; private set; }

    /// <summary>SHA-256 of the picture's bytes: unique, so one photo cannot be sent twice.</summary>
    public string? ImageHash { get; private set; }

    public ProofStatus Status { get; private set; }
    public string? Reason { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public int? ReviewedBy { get; private set; }

    public void Decide(bool approve, string? reason, int reviewer, DateTime at)
    {
        Status = approve ? ProofStatus.Approved : ProofStatus.Rejected;
        Reason = reason;
        ReviewedBy = reviewer;
        ReviewedAt = at;
    }
}
