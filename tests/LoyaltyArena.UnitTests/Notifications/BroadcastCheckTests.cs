using LoyaltyArena.Core.Notifications;

namespace LoyaltyArena.UnitTests.Notifications;

public class BroadcastCheckTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc);

    private static BroadcastInput Input(string? title = "Produk baru", string? body = "Isi", string? link = null, DateTime? sendAt = null) =>
        new(title, body, link, null, null, null, null, null, sendAt);

    private static IEnumerable<string> Fields(BroadcastInput input) => Broadcasts.Check(input, Now).Select(p => p.Field);

    [Fact]
    public void A_title_and_a_body_are_all_an_announcement_needs() => Fields(Input()).ShouldBeEmpty();

    [Theory]
    [InlineData(null, "Isi", "title")]
    [InlineData("  ", "Isi", "title")]
    [InlineData("Judul", "", "body")]
    public void A_missing_title_or_body_is_named(string? title, string? body, string field) => Fields(Input(title, body)).ShouldBe([field]);

    [Fact]
    public void A_title_over_120_characters_or_a_body_over_4000_is_refused()
    {
        Fields(Input(title: new string('a', 121))).ShouldBe(["title"]);
        Fields(Input(body: new string('a', 4001))).ShouldBe(["body"]);
    }

    [Theory]
    [InlineData("/Challenges/12")]
    [InlineData("/Learning/Module/kopi-gula-aren")]
    [InlineData("/Rewards/Redeem/4")]
    [InlineData("/Contests/3")]
    [InlineData("/Rewards")]
    public void A_link_to_a_page_in_the_app_is_accepted(string link) => Fields(Input(link: link)).ShouldBeEmpty();

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/x")]
    [InlineData("/Account/Logout")]
    [InlineData("/Challenges/12?x=<script>")]
    [InlineData("javascript:alert(1)")]
    public void A_link_outside_the_app_or_to_another_kind_of_page_is_refused(string link) => Fields(Input(link: link)).ShouldBe(["link"]);

    [Fact]
    public void A_send_time_in_the_past_or_more_than_90_days_ahead_is_refused()
    {
        Fields(Input(sendAt: Now.AddHours(-1))).ShouldBe(["sendAt"]);
        Fields(Input(sendAt: Now.AddDays(91))).ShouldBe(["sendAt"]);
        Fields(Input(sendAt: Now.AddDays(3))).ShouldBeEmpty();
    }
}
