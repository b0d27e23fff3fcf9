namespace LoyaltyArena.Core.Learning;

/// <summary>
/// Which questions an attempt gets and in what order its options appear. Pure and driven by a seed
/// stored on the attempt, so the same attempt always shows the same paper.
/// </summary>
public static class QuizDraw
{
    /// <summary>Draws <paramref name="count"/> distinct questions from the pool (all of them when null or larger), in random order.</summary>
    public static IReadOnlyList<int> Questions(IReadOnlyCollection<int> pool, int? count, int seed)
    {
        var shuffled = Shuffle(pool.Order().ToList(), new Random(seed));
        return count is { } n && n < shuffled.Count ? shuffled.Take(n).ToList() : shuffled;
    }

    /// <summary>The order of one question's options for this attempt.</summary>
    public static IReadOnlyList<int> Options(IReadOnlyCollection<int> optionIds, int questionId, int seed) =>
        Shuffle(optionIds.Order().ToList(), new Random(HashCode.Combine(seed, questionId) & int.MaxValue));

    private static List<T> Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items;
    }
}

public enum StartRefusal
{
    None,
    NoAttemptsLeft,
    CoolingDown,
}

public sealed record StartCheck(StartRefusal Refusal, DateTime? TryAgainAt = null)
{
    public bool Allowed => Refusal == StartRefusal.None;
}

/// <summary>How often a member may try a quiz: an attempt limit and a cooldown after a failed try.</summary>
public static class AttemptPolicy
{
    public static StartCheck CanStart(int attemptsUsed, int? maxAttempts, DateTime? lastFailedAt, int cooldownMinutes, DateTime nowUtc)
    {
        if (maxAttempts is { } max && attemptsUsed >= max) return new StartCheck(StartRefusal.NoAttemptsLeft);
        if (cooldownMinutes > 0 && lastFailedAt is { } failed && failed.AddMinutes(cooldownMinutes) > nowUtc)
            return new StartCheck(StartRefusal.CoolingDown, failed.AddMinutes(cooldownMinutes));
        return new StartCheck(StartRefusal.None);
    }
}
