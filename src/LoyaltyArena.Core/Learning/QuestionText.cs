namespace LoyaltyArena.Core.Learning;

/// <summary>
/// Options typed one per line, the right ones marked with a leading "*": quick to write on a phone.
/// <code>
/// Sekitar 20 m²
/// * Sekitar 50 m²
/// </code>
/// </summary>
public static class QuestionText
{
    public static (IReadOnlyList<(string Text, bool Correct)> Options, IReadOnlyList<string> Problems) ParseOptions(string? lines)
    {
        var options = (lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => l.StartsWith('*') ? (l.TrimStart('*').Trim(), true) : (l, false))
            .Where(o => o.Item1.Length > 0).ToList();
        var problems = new List<string>();
        if (options.Count is < 2 or > 8) problems.Add("Question.OptionCount");
        if (!options.Any(o => o.Item2)) problems.Add("Question.NeedsCorrect");
        if (options.Any(o => o.Item1.Length > 200)) problems.Add("Question.OptionTooLong");
        if (options.Select(o => o.Item1).Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count) problems.Add("Question.OptionTwice");
        return (options, problems);
    }

    public static string Slug(string title)
    {
        var chars = title.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "modul" : slug[..Math.Min(slug.Length, 60)];
    }
}
