using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LoyaltyArena.Core.Learning;

/// <summary>
/// Lesson text is Markdown written by marketers. Raw HTML is not passed through (a script tag becomes
/// plain text), links and images keep only http(s), mailto and site-relative targets, and images load lazily.
/// </summary>
public static class LessonMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
                link.GetAttributes().AddClass("unsafe-link");
            }
            else if (link.IsImage)
            {
                link.GetAttributes().AddProperty("loading", "lazy");
                link.GetAttributes().AddProperty("decoding", "async");
            }
            else if (link.Url!.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                link.GetAttributes().AddProperty("rel", "noopener noreferrer");
            }
        }
        // <javascript:...> and other angle-bracket autolinks are a second kind of link with the same rule.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || IsSafe(autolink.Url)) continue;
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        return document.ToHtml(Pipeline);
    }

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) return true;
        if (trimmed.StartsWith('#')) return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
    }

    /// <summary>Minutes to read at 200 words a minute, at least one.</summary>
    public static int ReadingMinutes(string markdown) =>
        Math.Max(1, (int)Math.Ceiling((markdown ?? "").Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Length / 200.0));
}
