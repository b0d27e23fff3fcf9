using Markdig;

namespace LoyaltyArena.Web.Email;

/// <summary>
/// Announcement bodies are Markdown written by marketers. Raw HTML in them is shown as text, never as markup, so a
/// pasted script or style cannot reach a member's page or mail client.
/// </summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseSoftlineBreakAsHardlineBreak().Build();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);
}
