using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LoyaltyArena.Web.Email;

/// <summary>The plain-text part of an email, made from its HTML: paragraphs and rows become lines, links keep their address.</summary>
public static partial class EmailText
{
    public static string FromHtml(string html)
    {
        var text = HeadOrStyle().Replace(html, "");
        text = Link().Replace(text, m => $"{m.Groups["text"].Value} ({m.Groups["href"].Value})");
        text = LineBreak().Replace(text, "\n");
        text = BlockEnd().Replace(text, "\n");
        text = CellEnd().Replace(text, "  ");
        text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        var result = new StringBuilder();
        var blank = true;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (!blank) result.Append('\n');
                blank = true;
                continue;
            }
            result.Append(line).Append('\n');
            blank = false;
        }
        return result.ToString().Trim() + "\n";
    }

    [GeneratedRegex(@"<(head|style|title)[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HeadOrStyle();

    [GeneratedRegex(@"<a\b[^>]*\bhref=""(?<href>[^""]*)""[^>]*>(?<text>.*?)</a>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</(p|h[1-6]|tr|li|div|table)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();
}
