using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using LoyaltyArena.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Account;

public class SignInTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task After_signing_out_a_saved_copy_of_the_session_cookie_no_longer_opens_anything()
    {
        var email = await app.GivePasswordAsync(await app.NewStaffAsync(0));
        using var session = app.Anonymous();
        var signedIn = await session.SignInAsync(email, DemoProgram.Password, rememberMe: true);
        var saved = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("arena.auth=", StringComparison.Ordinal)).Split(';')[0];
        (await session.GetHtmlAsync("/")).ShouldContain("Halo");

        (await session.PostFormAsync("/Account/SignOut", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        app.Clock.Advance(SecurityServiceCollectionExtensions.SessionCheckInterval + TimeSpan.FromSeconds(5));
        using var copy = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Rewards");
        request.Headers.Add("Cookie", saved);
        var response = await copy.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/SignIn");
    }

    [Fact]
    public async Task Staff_sign_in_with_email_and_land_on_home()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);

        (await session.GetHtmlAsync("/")).ShouldContain("Halo, Sari!");
    }

    [Fact]
    public async Task Staff_sign_in_with_their_phone_number_written_any_way()
    {
        using var session = await app.SignInAsync("+62 812 0000 2026");

        (await session.GetHtmlAsync("/")).ShouldContain("Halo, Sari!");
    }

    [Fact]
    public async Task A_wrong_password_says_so_in_Bahasa_and_signs_nobody_in()
    {
        using var session = app.Anonymous();

        var response = await session.SignInAsync(DemoProgram.OwnerEmail, "salah-sekali", rememberMe: false);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Email/nomor HP atau kata sandi salah.");
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("arena.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_form_names_both_missing_fields()
    {
        using var session = app.Anonymous();

        var html = await (await session.PostFormAsync("/Account/SignIn", new() { ["Input.Login"] = "", ["Input.Password"] = "" })).Content.ReadAsStringAsync();

        html.ShouldContain("Isi email atau nomor HP kamu.");
        html.ShouldContain("Isi kata sandi kamu.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await app.GivePasswordAsync(await app.NewStaffAsync(0));
        using var session = app.Anonymous();
        for (var i = 0; i < 5; i++) await session.SignInAsync(email, "wrong-password", false);

        var response = await session.SignInAsync(email, DemoProgram.Password, false);

        (await response.Content.ReadAsStringAsync()).ShouldContain("Akun dikunci sementara");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_login_gets_the_same_answers_as_a_real_one_including_the_lockout()
    {
        var real = await app.GivePasswordAsync(await app.NewStaffAsync(0));
        var unknown = $"nobody{Guid.NewGuid():N}@test.local";

        async Task<List<bool>> LockedAnswersAsync(string login)
        {
            using var session = app.Anonymous();
            var answers = new List<bool>();
            for (var i = 0; i < 6; i++)
                answers.Add((await (await session.SignInAsync(login, "wrong-password", false)).Content.ReadAsStringAsync()).Contains("Akun dikunci sementara"));
            return answers;
        }

        var forReal = await LockedAnswersAsync(real);
        var forUnknown = await LockedAnswersAsync(unknown);

        forUnknown.ShouldBe(forReal);
        forReal.ShouldBe([false, false, false, false, true, true]);
    }

    [Fact]
    public async Task A_wrong_password_takes_as_long_for_an_unknown_account_as_for_a_real_one()
    {
        var real = await app.GivePasswordAsync(await app.NewStaffAsync(0));
        using var session = app.Anonymous();
        await session.SignInAsync(real, "warm-up", false);

        async Task<double> MedianMsAsync(Func<int, string> login)
        {
            var times = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await session.SignInAsync(login(i), "wrong-password", false);
                times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return times.Order().ElementAt(10);
        }

        var known = await MedianMsAsync(_ => real);
        var unknown = await MedianMsAsync(i => $"nobody{i}-{Guid.NewGuid():N}@test.local");

        (Math.Max(known, unknown) / Math.Min(known, unknown)).ShouldBeLessThan(2.0, $"known {known:0.0} ms, unknown {unknown:0.0} ms");
    }

    [Fact]
    public async Task Remember_me_keeps_a_phone_signed_in_for_thirty_days()
    {
        using var remembered = app.Anonymous();
        var persistent = await remembered.SignInAsync(DemoProgram.StaffEmail, DemoProgram.Password, rememberMe: true);
        using var forgotten = app.Anonymous();
        var session = await forgotten.SignInAsync(DemoProgram.StaffEmail, DemoProgram.Password, rememberMe: false);

        var expires = AuthCookie(persistent).Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
        var days = (DateTimeOffset.Parse(expires["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow).TotalDays;
        days.ShouldBeInRange(29.9, 30.1);
        AuthCookie(session).ShouldNotContain("expires=", Case.Insensitive);
    }

    [Fact]
    public async Task Passwords_are_hashed_with_at_least_210000_PBKDF2_iterations_from_the_first_sign_in_on()
    {
        // The demo seeds quicker hashes; Identity rehashes at the full count on a successful sign-in.
        using var _ = await app.SignInAsync(DemoProgram.StaffEmail);
        var hash = await app.DbAsync(db => Task.FromResult(db.Members.First(m => m.Email == DemoProgram.StaffEmail).PasswordHash!));
        var bytes = Convert.FromBase64String(hash);

        bytes[0].ShouldBe((byte)0x01, "Identity v3 format");
        var iterations = (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
        iterations.ShouldBeGreaterThanOrEqualTo(210_000);
    }

    [Fact]
    public async Task Demo_accounts_with_the_same_password_do_not_share_a_hash()
    {
        var hashes = await app.DbAsync(db => db.Members.Select(m => m.PasswordHash).ToListAsync());
        hashes.Count.ShouldBeGreaterThan(40);
        hashes.Distinct().Count().ShouldBe(hashes.Count);
    }

    [Fact]
    public async Task A_password_of_eight_characters_without_digits_or_symbols_is_accepted_and_seven_is_not()
    {
        var validator = app.Services.GetRequiredService<IPasswordValidator<Member>>();
        var users = app.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<Member>>();

        (await validator.ValidateAsync(users, null!, "kopisusu")).Succeeded.ShouldBeTrue();
        (await validator.ValidateAsync(users, null!, "kopisus")).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var session = await app.SignInAsync(DemoProgram.StaffEmail);
        await session.GetHtmlAsync("/");

        (await session.PostFormAsync("/Account/SignOut", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await session.Client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Learning")]
    [InlineData("/Leaderboards")]
    [InlineData("/Rewards")]
    [InlineData("/Ledger")]
    [InlineData("/Studio")]
    public async Task Every_page_asks_an_anonymous_visitor_to_sign_in(string url)
    {
        var response = await app.Anonymous().Client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }

    [Fact]
    public async Task The_live_hub_refuses_anonymous_connections()
    {
        var response = await app.Anonymous().Client.PostAsync("/hubs/arena/negotiate?negotiateVersion=1", null);

        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Unauthorized, HttpStatusCode.Redirect], await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(DemoProgram.StaffEmail, HttpStatusCode.Forbidden)]
    [InlineData(DemoProgram.OwnerEmail, HttpStatusCode.Forbidden)]
    [InlineData(DemoProgram.MarketerEmail, HttpStatusCode.OK)]
    [InlineData(DemoProgram.AdminEmail, HttpStatusCode.OK)]
    public async Task The_studio_is_for_marketers_and_admins_only(string email, HttpStatusCode expected)
    {
        using var session = await app.SignInAsync(email);

        var response = await session.Client.GetAsync("/Studio");

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.Forbidden) (await response.Content.ReadAsStringAsync()).ShouldContain("Tidak ada akses");
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("arena.auth=", StringComparison.Ordinal));
}

public class SignInRateLimitTests(SignInRateLimitTests.LimitedApp app) : IClassFixture<SignInRateLimitTests.LimitedApp>
{
    public sealed class LimitedApp() : ArenaApp(DatabaseProvider.Sqlite)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "3" };
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_with_a_friendly_page()
    {
        using var session = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await session.SignInAsync("nobody@demo.test", "whatever1", false)).StatusCode);

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        var limited = await session.SignInAsync("nobody@demo.test", "whatever1", false);
        (await limited.Content.ReadAsStringAsync()).ShouldContain("Tunggu sebentar lalu coba lagi.");
    }

    [Fact]
    public async Task Reading_the_sign_in_page_is_not_limited()
    {
        using var session = app.Anonymous();
        for (var i = 0; i < 8; i++) (await session.Client.GetAsync("/Account/SignIn")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
