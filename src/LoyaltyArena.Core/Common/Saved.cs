namespace LoyaltyArena.Core.Common;

/// <summary>One thing wrong with an input: the field it belongs to ("" for the whole form) and a resource key.</summary>
public sealed record Problem(string Field, string Key);

/// <summary>The result of a Studio or self-service save: the id it saved, or every problem with the input (then nothing changed).</summary>
public sealed record Saved(IReadOnlyList<Problem> Problems, int Id = 0) : IWriteOutcome
{
    public bool Succeeded => Problems.Count == 0;

    public static Saved Ok(int id) => new([], id);

    public static Saved Refused(string field, string key) => new([new Problem(field, key)]);
}
