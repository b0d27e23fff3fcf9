using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LoyaltyArena.Core.LiveQuiz;

public sealed record LiveInput(string? Title, IReadOnlyList<int> QuestionIds, int SecondsPerQuestion, string? Prizes, int ParticipationPoints);

public sealed record LiveOption(int Id, string Text);

/// <summary>A question as phones see it: never which option is right while it is open.</summary>
public sealed record LiveQuestion(int Index, int Count, string Text, bool Multiple, IReadOnlyList<LiveOption> Options, DateTime ClosesAt);

/// <summary>A session as one person sees it now. <see cref="Right"/> and <see cref="Explanation"/> are set only once the question closed.</summary>
public sealed record LiveView(LiveSession Session, int Players, int Answered, LiveQuestion? Question, IReadOnlySet<int>? Right, string? Explanation,
    LiveAnswer? Mine, IReadOnlyList<LiveStanding> Podium, LiveStanding? Me, bool IsHost, bool IsPlayer);

public enum LiveAnswerStatus
{
    Accepted,
    Already,
    Closed,
    NotPlaying,
    Empty,
}

public sealed record LiveAnswered(LiveAnswerStatus Status, int Points = 0) : IWriteOutcome
{
    public bool Succeeded => Status == LiveAnswerStatus.Accepted;
}

/// <summary>Something on a Kuis Live changed (a question opened or closed, the podium, the end): its screens re-fetch.</summary>
public sealed record LiveQuizChanged(int SessionId) : IDomainEvent;

/// <summary>
/// Kuis Live: the host opens each question for a number of seconds measured by the server; answers are scored by
/// correctness and speed when they arrive; a question closes when its time is up (the timer pass) or when the host
/// moves on; the end pays prizes and taking part through the ledger, once per member by its key.
/// </summary>
public sealed class LiveQuizService(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, IMemoryCache cache, TimeProvider clock)
{
    public const int PodiumSize = 5;

    public static List<Problem> Check(LiveInput input)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 120) problems.Add(new("title", "Live.TitleRequired"));
        if (input.QuestionIds.Count is < 1 or > 50) problems.Add(new("questions", "Live.QuestionsRange"));
        if (input.SecondsPerQuestion is < 5 or > 120) problems.Add(new("seconds", "Live.SecondsRange"));
        if (Challenges.ContestRanking.ParsePrizes(input.Prizes) is null) problems.Add(new("prizes", "Contest.PrizesInvalid"));
        if (input.ParticipationPoints is < 0 or > 10_000) problems.Add(new("participation", "Live.ParticipationRange"));
        return problems;
    }

    /// <param name="storeOf">For an owner: their store, whose staff alone may join. Null for a marketer: everyone.</param>
    public async Task<Saved> CreateAsync(int hostId, int? storeOf, LiveInput input, CancellationToken cancellationToken)
    {
        var problems = Check(input);
        var ids = input.QuestionIds.Distinct().ToList();
        if (problems.Count == 0 && await db.Questions.CountAsync(q => ids.Contains(q.Id), cancellationToken) != ids.Count) problems.Add(new("questions", "Live.QuestionsRange"));
        if (problems.Count > 0) return new Saved(problems);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await transactions.WriteAsync(async ct =>
                {
                    var session = new LiveSession(LiveScoring.NewCode(Random.Shared), hostId, storeOf, input.Title!.Trim(), ids, input.SecondsPerQuestion,
                        string.Join(",", Challenges.ContestRanking.ParsePrizes(input.Prizes)!), input.ParticipationPoints, clock.GetUtcNow().UtcDateTime);
                    db.LiveSessions.Add(session);
                    await db.SaveChangesAsync(ct);
                    return Saved.Ok(session.Id);
                }, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear(); // the code was taken: draw another
            }
        }
    }

    public async Task<IReadOnlyList<LiveSession>> HostedByAsync(int hostId, CancellationToken cancellationToken) =>
        await db.LiveSessions.AsNoTracking().Where(s => s.HostId == hostId).OrderByDescending(s => s.Id).Take(20).ToListAsync(cancellationToken);

    /// <summary>Joins the member to the session with this code; a late joiner plays the questions still to come.</summary>
    /// <returns>The session id, or the text key saying why not.</returns>
    public async Task<(int? SessionId, string? Problem)> JoinAsync(int memberId, string? code, CancellationToken cancellationToken)
    {
        var normalized = (code ?? "").Trim().ToUpperInvariant();
        var session = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Code == normalized, cancellationToken);
        if (session is null) return (null, "Live.CodeUnknown");
        if (session.Status == LiveStatus.Finished) return (null, "Live.Over");
        if (session.PartnerId is { } store && !await db.Members.AnyAsync(m => m.Id == memberId && m.PartnerId == store, cancellationToken)) return (null, "Live.OtherStore");
        if (session.HostId == memberId) return (session.Id, null);
        await transactions.WriteAsync(async ct =>
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "LivePlayers" ("SessionId", "MemberId", "JoinedAt") VALUES ({session.Id}, {memberId}, {clock.GetUtcNow().UtcDateTime})
                ON CONFLICT ("SessionId", "MemberId") DO NOTHING
                """, ct);
            db.Raise(new LiveQuizChanged(session.Id));
            return new Done<bool>(true);
        }, cancellationToken);
        return (session.Id, null);
    }

    public Task<int?> IdOfAsync(string code, CancellationToken cancellationToken) =>
        db.LiveSessions.AsNoTracking().Where(s => s.Code == code.ToUpperInvariant()).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> TakesPartAsync(int memberId, int sessionId, CancellationToken cancellationToken) =>
        db.LiveSessions.AnyAsync(s => s.Id == sessionId && (s.HostId == memberId || db.LivePlayers.Any(p => p.SessionId == s.Id && p.MemberId == memberId)), cancellationToken);

    /// <summary>The host moves on: an open question closes; otherwise the next question opens for its seconds.</summary>
    public Task<bool> NextAsync(int hostId, int sessionId, CancellationToken cancellationToken) =>
        WriteAsync(sessionId, async ct =>
        {
            var s = await db.LiveSessions.AsNoTracking().FoundAsync(x => x.Id == sessionId && x.HostId == hostId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (s.Status == LiveStatus.Question) return await CloseAsync(s.Id, s.CurrentIndex, ct) > 0;
            if (s.Status == LiveStatus.Finished || !s.HasNext) return false;
            var next = s.CurrentIndex + 1;
            // Conditional on what the host saw: a double press opens one question, not two.
            return await db.LiveSessions.Where(x => x.Id == s.Id && x.CurrentIndex == s.CurrentIndex && x.Status == s.Status)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, LiveStatus.Question).SetProperty(x => x.CurrentIndex, next)
                    .SetProperty(x => x.OpenedAt, now).SetProperty(x => x.ClosesAt, now.AddSeconds(s.SecondsPerQuestion)), ct) > 0;
        }, cancellationToken);

    /// <summary>Closes every question whose time is up. Two passes (or two instances) close each once.</summary>
    public async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.LiveSessions.AsNoTracking().Where(s => s.Status == LiveStatus.Question && s.ClosesAt <= now)
            .Select(s => new { s.Id, s.CurrentIndex }).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var s in due)
            if (await WriteAsync(s.Id, async ct => await CloseAsync(s.Id, s.CurrentIndex, ct) > 0, cancellationToken)) closed++;
        return closed;
    }

    private Task<int> CloseAsync(int sessionId, int index, CancellationToken ct) =>
        db.LiveSessions.Where(x => x.Id == sessionId && x.Status == LiveStatus.Question && x.CurrentIndex == index)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, LiveStatus.Reveal), ct);

    /// <summary>Scores an answer by the server's clock: in time, once, exactly the right options.</summary>
    public async Task<LiveAnswered> AnswerAsync(int memberId, int sessionId, int index, IReadOnlyCollection<int> optionIds, CancellationToken cancellationToken)
    {
        if (optionIds.Count == 0) return new(LiveAnswerStatus.Empty);
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == sessionId, cancellationToken);
        if (s is null || !await db.LivePlayers.AnyAsync(p => p.SessionId == sessionId && p.MemberId == memberId, cancellationToken)) return new(LiveAnswerStatus.NotPlaying);
        if (s.Status != LiveStatus.Question || s.CurrentIndex != index || now >= s.ClosesAt) return new(LiveAnswerStatus.Closed);
        var questionId = s.Questions[index];
        var options = await db.Questions.AsNoTracking().Where(q => q.Id == questionId).SelectMany(q => q.Options).Select(o => new { o.Id, o.IsCorrect }).ToListAsync(cancellationToken);
        var chosen = optionIds.Where(id => options.Any(o => o.Id == id)).ToHashSet();
        if (chosen.Count == 0) return new(LiveAnswerStatus.Empty);
        var correct = LiveScoring.IsCorrect(chosen, options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet());
        var elapsed = (int)(now - s.OpenedAt!.Value).TotalMilliseconds;
        var points = LiveScoring.Points(correct, elapsed, s.SecondsPerQuestion * 1000);
        try
        {
            return await transactions.WriteAsync(async ct =>
            {
                db.LiveAnswers.Add(new LiveAnswer(sessionId, index, memberId, string.Join(',', chosen.Order()), correct, points, elapsed, now));
                await db.SaveChangesAsync(ct);
                return new LiveAnswered(LiveAnswerStatus.Accepted, points);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new(LiveAnswerStatus.Already);
        }
    }

    /// <summary>Ends the session and pays each player once (prize for their place plus taking part), however often it is pressed.</summary>
    public Task<bool> FinishAsync(int hostId, int sessionId, CancellationToken cancellationToken) =>
        WriteAsync(sessionId, async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var flipped = await db.LiveSessions.Where(x => x.Id == sessionId && x.HostId == hostId && x.Status != LiveStatus.Finished)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, LiveStatus.Finished).SetProperty(x => x.FinishedAt, now), ct);
            if (flipped == 0) return false;
            var s = await db.LiveSessions.AsNoTracking().SingleAsync(x => x.Id == sessionId, ct);
            var prizes = s.PrizeList;
            foreach (var standing in await StandingsAsync(sessionId, ct))
            {
                if (standing.Correct == 0 && !await db.LiveAnswers.AnyAsync(a => a.SessionId == sessionId && a.MemberId == standing.MemberId, ct)) continue;
                var prize = standing.Correct > 0 && standing.Place <= prizes.Count ? prizes[standing.Place - 1] : 0;
                var amount = prize + s.ParticipationPoints;
                if (amount <= 0) continue;
                await ledger.AppendAsync(Posting.Earn(standing.MemberId, amount, "livequiz", sessionId.ToString(CultureInfo.InvariantCulture), LedgerReasons.LiveQuiz, s.Title, now), ct);
            }
            return true;
        }, cancellationToken);

    public async Task<LiveView> ViewAsync(int sessionId, int memberId, CancellationToken cancellationToken)
    {
        var s = await db.LiveSessions.AsNoTracking().FoundAsync(x => x.Id == sessionId, cancellationToken);
        var isHost = s.HostId == memberId;
        var isPlayer = await db.LivePlayers.AnyAsync(p => p.SessionId == sessionId && p.MemberId == memberId, cancellationToken);
        // A player's phone needs the head count only in the lobby; the host's screen always shows it and the answers so far.
        var players = isHost || !isPlayer || s.Status == LiveStatus.Lobby ? await db.LivePlayers.CountAsync(p => p.SessionId == sessionId, cancellationToken) : 0;
        LiveQuestion? question = null;
        IReadOnlySet<int>? right = null;
        string? explanation = null;
        LiveAnswer? mine = null;
        var answered = 0;
        if (s.Status is LiveStatus.Question or LiveStatus.Reveal)
        {
            // Questions do not change during a session: one read per instance serves every phone.
            var questionId = s.Questions[s.CurrentIndex];
            var q = (await cache.GetOrCreateAsync(("live-question", questionId), entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
                return db.Questions.AsNoTracking().Include(x => x.Options).SingleAsync(x => x.Id == questionId, cancellationToken);
            }))!;
            question = new LiveQuestion(s.CurrentIndex, s.Questions.Count, q.Text, q.MultipleChoice,
                q.Options.OrderBy(o => o.Position).Select(o => new LiveOption(o.Id, o.Text)).ToList(), s.ClosesAt!.Value);
            if (s.Status == LiveStatus.Reveal)
            {
                right = q.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
                explanation = q.Explanation;
            }
            if (isHost) answered = await db.LiveAnswers.CountAsync(a => a.SessionId == sessionId && a.QuestionIndex == s.CurrentIndex, cancellationToken);
            mine = await db.LiveAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.SessionId == sessionId && a.QuestionIndex == s.CurrentIndex && a.MemberId == memberId, cancellationToken);
        }
        // The podium is shown between questions and at the end, never while a question is open. Scores cannot change
        // then (answers are taken only while a question is open), so every phone's fetch after a close shares one read.
        var standings = s.Status is LiveStatus.Reveal or LiveStatus.Finished
            ? await cache.GetOrCreateAsync(("live-standings", sessionId, s.CurrentIndex, s.Status), entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
                return StandingsAsync(sessionId, cancellationToken);
            }) ?? []
            : [];
        return new LiveView(s, players, answered, question, right, explanation, mine, standings.Take(PodiumSize).ToList(),
            standings.FirstOrDefault(x => x.MemberId == memberId), isHost, isPlayer);
    }

    private async Task<IReadOnlyList<LiveStanding>> StandingsAsync(int sessionId, CancellationToken ct)
    {
        var totals = await db.LiveAnswers.AsNoTracking().Where(a => a.SessionId == sessionId).GroupBy(a => a.MemberId)
            .Select(g => new
            {
                MemberId = g.Key,
                Score = g.Sum(a => a.Points),
                Correct = g.Count(a => a.Correct),
                CorrectMs = g.Sum(a => a.Correct ? (long)a.ElapsedMs : 0L),
            })
            .ToDictionaryAsync(t => t.MemberId, ct);
        var players = await db.LivePlayers.AsNoTracking().Where(p => p.SessionId == sessionId)
            .Join(db.Members, p => p.MemberId, m => m.Id, (p, m) => new { p.MemberId, m.DisplayName }).ToListAsync(ct);
        return LiveScoring.Rank(players.Select(p => totals.TryGetValue(p.MemberId, out var t)
            ? (p.MemberId, p.DisplayName, t.Score, t.Correct, t.CorrectMs)
            : (p.MemberId, p.DisplayName, 0, 0, 0L)));
    }

    private async Task<bool> WriteAsync(int sessionId, Func<CancellationToken, Task<bool>> work, CancellationToken cancellationToken) =>
        (await transactions.WriteAsync(async ct =>
        {
            var changed = await work(ct);
            if (changed) db.Raise(new LiveQuizChanged(sessionId));
            return new Done<bool>(changed);
        }, cancellationToken)).Value;
}

public sealed class SignalLiveQuizChanged(Notifications.ILiveSignals signals) : IEventHandler<LiveQuizChanged>
{
    public Task HandleAsync(LiveQuizChanged domainEvent, CancellationToken cancellationToken) => signals.LiveQuizChangedAsync(domainEvent.SessionId, cancellationToken);
}
