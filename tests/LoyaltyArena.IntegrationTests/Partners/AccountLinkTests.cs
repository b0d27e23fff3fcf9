using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Partners;

public class AccountLinkTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task<(string Email, int Id)> MemberAsync()
    {
        var id = await app.NewStaffAsync(0);
        return (await app.GivePasswordAsync(id), id);
    }

    private async Task<string> AskAsync(string page, string login)
    {
        using var session = app.Anonymous();
        await session.GetHtmlAsync(page);
        var response = await session.PostFormAsync(page, new() { ["Login"] = login });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> ResetAsync(ArenaSession session, string token, string password)
    {
        await session.GetHtmlAsync($"/Account/ResetPassword?token={token}");
        return await session.PostFormAsync($"/Account/ResetPassword?token={token}", new() { ["Password"] = password, ["Confirmation"] = password });
    }

    [Fact]
    public async Task The_forgot_password_answer_is_the_same_for_an_unknown_email_as_for_a_real_one()
    {
        var (email, _) = await MemberAsync();
        var known = await AskAsync("/Account/ForgotPassword", email);
        var unknown = await AskAsync("/Account/ForgotPassword", "nobody-" + email);

        static string Answer(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("[data-testid=link-sent]")!.TextContent;
        Answer(known).ShouldBe(Answer(unknown));
        (await app.LinkTokenAsync(email, "/Account/ResetPassword")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_reset_link_sets_a_new_password_once_and_the_old_password_stops_working()
    {
        var (email, _) = await MemberAsync();
        await AskAsync("/Account/ForgotPassword", email);
        var token = await app.LinkTokenAsync(email, "/Account/ResetPassword");

        using var first = app.Anonymous();
        var reset = await ResetAsync(first, token, "a brand new sentence");
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await first.GetHtmlAsync("/")).ShouldContain("Halo");

        using var again = app.Anonymous();
        (await again.GetHtmlAsync($"/Account/ResetPassword?token={token}")).ShouldContain("data-testid=\"link-dead\"");
        (await app.Anonymous().SignInAsync(email, "Demo!2026", false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Anonymous().SignInAsync(email, "a brand new sentence", false)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_sign_in_link_works_once_and_only_through_its_button()
    {
        var (email, _) = await MemberAsync();
        await AskAsync("/Account/EmailLink", email);
        var token = await app.LinkTokenAsync(email, "/Account/EmailLink");

        using var session = app.Anonymous();
        // Opening the link (as a mail scanner would) does not use it up.
        (await session.GetHtmlAsync($"/Account/EmailLink?token={token}")).ShouldContain("Masuk sebagai");
        (await session.GetHtmlAsync($"/Account/EmailLink?token={token}")).ShouldContain("Masuk sebagai");
        var used = await session.PostFormAsync($"/Account/EmailLink?handler=Use&token={token}", []);
        used.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetHtmlAsync("/")).ShouldContain("Halo");

        using var second = app.Anonymous();
        (await second.GetHtmlAsync($"/Account/EmailLink?token={token}")).ShouldContain("data-testid=\"link-dead\"");
        var again = await second.PostFormAsync($"/Account/EmailLink?handler=Use&token={token}", []);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"link-dead\"");
    }

    [Fact]
    public async Task Links_expire_after_fifteen_minutes()
    {
        var (email, _) = await MemberAsync();
        await AskAsync("/Account/EmailLink", email);
        var token = await app.LinkTokenAsync(email, "/Account/EmailLink");

        app.Clock.Advance(TimeSpan.FromMinutes(16));

        using var session = app.Anonymous();
        (await session.GetHtmlAsync($"/Account/EmailLink?token={token}")).ShouldContain("data-testid=\"link-dead\"");
    }

    [Fact]
    public async Task A_password_change_kills_every_link_sent_before_it()
    {
        var (email, _) = await MemberAsync();
        await AskAsync("/Account/EmailLink", email);
        var signInToken = await app.LinkTokenAsync(email, "/Account/EmailLink");
        await AskAsync("/Account/ForgotPassword", email);
        var resetToken = await app.LinkTokenAsync(email, "/Account/ResetPassword");

        using var session = await app.SignInAsync(email);
        await session.GetHtmlAsync("/Account/Password");
        var changed = await session.PostFormAsync("/Account/Password", new() { ["Current"] = "Demo!2026", ["Password"] = "another long phrase", ["Confirmation"] = "another long phrase" });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetHtmlAsync("/")).ShouldContain("Halo", customMessage: "the session that changed the password stays signed in");

        using var other = app.Anonymous();
        (await other.GetHtmlAsync($"/Account/EmailLink?token={signInToken}")).ShouldContain("data-testid=\"link-dead\"");
        (await other.GetHtmlAsync($"/Account/ResetPassword?token={resetToken}")).ShouldContain("data-testid=\"link-dead\"");
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_short_new_one_changes_nothing_and_says_why()
    {
        var (email, id) = await MemberAsync();
        var before = await app.DbAsync(db => db.Members.Where(m => m.Id == id).Select(m => m.PasswordHash).SingleAsync());
        using var session = await app.SignInAsync(email);
        await session.GetHtmlAsync("/Account/Password");

        var wrong = await session.PostFormAsync("/Account/Password", new() { ["Current"] = "not it at all", ["Password"] = "another long phrase", ["Confirmation"] = "another long phrase" });
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Kata sandi sekarang salah.");
        var tooShort = await session.PostFormAsync("/Account/Password", new() { ["Current"] = "Demo!2026", ["Password"] = "short", ["Confirmation"] = "short" });
        (await tooShort.Content.ReadAsStringAsync()).ShouldContain("Kata sandi minimal 8 karakter.");

        (await app.DbAsync(db => db.Members.Where(m => m.Id == id).Select(m => m.PasswordHash).SingleAsync())).ShouldBe(before);
    }
}
