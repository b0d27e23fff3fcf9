using LoyaltyArena.Core.Learning;

namespace LoyaltyArena.UnitTests.Learning;

public class LessonMarkdownTests
{
    [Fact]
    public void A_script_tag_in_a_lesson_is_shown_as_text_and_never_runs()
    {
        var html = LessonMarkdown.ToHtml("Halo <script>alert('x')</script> **dunia**");

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("<strong>dunia</strong>");
    }

    [Fact]
    public void Inline_event_handlers_in_raw_HTML_are_not_passed_through() =>
        LessonMarkdown.ToHtml("<img src=x onerror=alert(1)>").ShouldNotContain("<img");

    [Fact]
    public void A_javascript_link_loses_its_target()
    {
        var html = LessonMarkdown.ToHtml("[klik](javascript:alert(1)) dan [brosur](https://arena.example/brosur.pdf)");

        html.ShouldNotContain("javascript:");
        html.ShouldContain("href=\"https://arena.example/brosur.pdf\"");
        html.ShouldContain("rel=\"noopener noreferrer\"");
    }

    [Fact]
    public void Images_load_lazily() =>
        LessonMarkdown.ToHtml("![Kaleng](/img/arena-pro.png)").ShouldContain("loading=\"lazy\"");

    [Fact]
    public void Reading_time_is_counted_at_two_hundred_words_a_minute()
    {
        LessonMarkdown.ReadingMinutes("kata ").ShouldBe(1);
        LessonMarkdown.ReadingMinutes(string.Join(' ', Enumerable.Repeat("kata", 401))).ShouldBe(3);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(document.cookie)>")]
    [InlineData("<data:text/html,hi>")]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[klik](vbscript:msgbox)")]
    public void A_link_to_anything_but_the_web_mail_or_this_site_never_becomes_a_live_link(string markdown)
    {
        var html = LessonMarkdown.ToHtml(markdown);

        html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        html.ShouldNotContain("href=\"data", Case.Insensitive);
        html.ShouldNotContain("href=\"vbscript", Case.Insensitive);
    }

    [Theory]
    [InlineData("<https://contoh.id/katalog>", "href=\"https://contoh.id/katalog\"")]
    [InlineData("<sari@contoh.id>", "href=\"mailto:sari@contoh.id\"")]
    [InlineData("[Aturan](/Rules)", "href=\"/Rules\"")]
    public void Web_mail_and_site_links_stay_links(string markdown, string expected) =>
        LessonMarkdown.ToHtml(markdown).ShouldContain(expected);
}
