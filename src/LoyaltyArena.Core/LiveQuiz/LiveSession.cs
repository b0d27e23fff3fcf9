namespace LoyaltyArena.Core.LiveQuiz;

public enum LiveStatus
{
    /// <summary>Open to join; no question shown yet.</summary>
    Lobby,

    /// <summary>A question is on every phone and answers are taken until it closes.</summary>
    Question,

    /// <summary>The question closed: the right answer and the podium are shown.</summary>
    Reveal,

    Finished,
}

/// <summary>
/// A Kuis Live: a host (a marketer, or an owner for their store) puts questions from the bank on every phone at once.
/// The server keeps the clock: a question opens at <see cref="OpenedAt"/> and takes answers until <see cref="ClosesAt"/>.
/// </summary>
public sealed class LiveSession
{
    private LiveSession() { }

    public LiveSession(string code, int hostId, int? partnerId, string title, IReadOnlyList<int> questionIds, int secondsPerQuestion, string prizes, int participationPoints, DateTime createdAt)
    {
        (Code, HostId, PartnerId, Title) = (code, hostId, partnerId, title);
        QuestionIds = string.Join(',', questionIds);
        (SecondsPerQuestion, Prizes, ParticipationPoints, CreatedAt) = (secondsPerQuestion, prizes, participationPoints, createdAt);
    }

    public int Id { get; private set; }

    /// <summary>What players type to join ("K7Q2XM"); unique.</summary>
    public string Code { get; private set; } = "";

    public int HostId { get; private set; }

    /// <summary>A store's own session: only its staff may join. Null: anyone in the program.</summary>
    public int? PartnerId { get; private set; }

    public string Title { get; private set; } = "";
    public string QuestionIds { get; private set; } = "";
    public int SecondsPerQuestion { get; private set; }

    /// <summary>Points for places 1, 2, 3… ("500,300,200").</summary>
    public string Prizes { get; private set; } = "";

    /// <summary>Points for everyone who answered at least one question.</summary>
    public int ParticipationPoints { get; private set; }

    public LiveStatus Status { get; private set; } = LiveStatus.Lobby;

    /// <summary>The question on screen (0-based); -1 in the lobby.</summary>
    public int CurrentIndex { get; private set; } = -1;

    public DateTime? OpenedAt { get; private set; }
    public DateTime? ClosesAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    public IReadOnlyList<int> Questions => QuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public IReadOnlyList<int> PrizeList => Challenges.ContestRanking.ParsePrizes(Prizes) ?? [];

    public bool HasNext => CurrentIndex + 1 < Questions.Count;
}

/// <summary>Someone playing a session: unique per session and member. Score and time add up as questions close.</summary>
public sealed class LivePlayer
{
    private LivePlayer() { }

    public LivePlayer(int sessionId, int memberId, DateTime joinedAt) => (SessionId, MemberId, JoinedAt) = (sessionId, memberId, joinedAt);

    public long Id { get; private set; }
    public int SessionId { get; private set; }
    public int MemberId { get; private set; }
    public DateTime JoinedAt { get; private set; }
}

/// <summary>One answer: unique per session, question and member, timed by the server when it arrived.</summary>
public sealed class LiveAnswer
{
    private LiveAnswer() { }

    public LiveAnswer(int sessionId, int questionIndex, int memberId, string options, bool correct, int points, int elapsedMs, DateTime answeredAt)
    {
        (SessionId, QuestionIndex, MemberId, Options) = (sessionId, questionIndex, memberId, options);
        (Correct, Points, ElapsedMs, AnsweredAt) = (correct, points, elapsedMs, answeredAt);
    }

    public long Id { get; private set; }
    public int SessionId { get; private set; }
    public int QuestionIndex { get; private set; }
    public int MemberId { get; private set; }
    public string Options { get; private set; } = "";
    public bool Correct { get; private set; }
    public int Points { get; private set; }
    public int ElapsedMs { get; private set; }
    public DateTime AnsweredAt { get; private set; }
}

public sealed record LiveStanding(int Place, int MemberId, string Name, int Score, int Correct, long CorrectMs);

/// <summary>The scoring rules, free of storage.</summary>
public static class LiveScoring
{
    public const int MaxPoints = 1_000;
    public const int MinPoints = 500;

    /// <summary>A right answer scores 1,000 at once and 500 at the last moment; a wrong one scores nothing.</summary>
    public static int Points(bool correct, int elapsedMs, int durationMs) =>
        !correct ? 0 : MaxPoints - (int)((long)(MaxPoints - MinPoints) * Math.Clamp(elapsedMs, 0, durationMs) / Math.Max(1, durationMs));

    /// <summary>Exactly the right options, no more, no fewer.</summary>
    public static bool IsCorrect(IReadOnlySet<int> chosen, IReadOnlySet<int> right) => chosen.Count > 0 && chosen.SetEquals(right);

    /// <summary>The podium: most points first, then most right answers, then the fastest right answers; equal on all three share a place.</summary>
    public static IReadOnlyList<LiveStanding> Rank(IEnumerable<(int MemberId, string Name, int Score, int Correct, long CorrectMs)> players)
    {
        var ordered = players.OrderByDescending(p => p.Score).ThenByDescending(p => p.Correct).ThenBy(p => p.CorrectMs).ThenBy(p => p.MemberId).ToList();
        var standings = new List<LiveStanding>(ordered.Count);
        foreach (var p in ordered)
        {
            var tied = standings.Count > 0 && standings[^1] is var last && last.Score == p.Score && last.Correct == p.Correct && last.CorrectMs == p.CorrectMs;
            standings.Add(new LiveStanding(tied ? standings[^1].Place : standings.Count + 1, p.MemberId, p.Name, p.Score, p.Correct, p.CorrectMs));
        }
        return standings;
    }

    /// <summary>Join codes avoid letters and digits that look alike on a projector (0/O, 1/I/L).</summary>
    public const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string NewCode(Random random) => new(Enumerable.Range(0, 6).Select(_ => CodeAlphabet[random.Next(CodeAlphabet.Length)]).ToArray());
}
