using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using LoyaltyArena.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Partners;

public class TeamTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private Task<int> OwnerStoreAsync() => app.DbAsync(db => db.Members.Where(m => m.Email == DemoProgram.OwnerEmail).Select(m => m.PartnerId).SingleAsync());

    /// <summary>A staff member of another store than the demo owner's.</summary>
    private async Task<int> ElsewhereAsync()
    {
        var ownStore = await OwnerStoreAsync();
        return await app.DbAsync(db => db.Members.Where(m => m.PartnerId != ownStore && m.Partner!.Kind == PartnerKind.Store).Select(m => m.Id).FirstAsync());
    }

    [Theory]
    [InlineData(DemoProgram.StaffEmail, "/Team", HttpStatusCode.Forbidden)]
    [InlineData(DemoProgram.OwnerEmail, "/Studio/Members", HttpStatusCode.Forbidden)]
    [InlineData(DemoProgram.OwnerEmail, "/Studio/Partners", HttpStatusCode.Forbidden)]
    [InlineData(DemoProgram.OwnerEmail, "/Team", HttpStatusCode.OK)]
    [InlineData(DemoProgram.MarketerEmail, "/Studio/Members/Import", HttpStatusCode.OK)]
    public async Task Owners_have_their_team_and_no_Studio_and_staff_have_neither(string who, string url, HttpStatusCode expected)
    {
        using var session = await app.SignInAsync(who);
        (await session.Client.GetAsync(url)).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task An_owner_sees_only_their_own_stores_staff_and_who_waits_for_them()
    {
        using var session = await app.SignInAsync(DemoProgram.OwnerEmail);
        var html = await session.GetHtmlAsync("/Team");

        html.ShouldContain("Sari Wulandari");
        html.ShouldContain("Rizky Ramadhan");
        var stranger = await app.DbAsync(db => db.Members.Where(m => m.Id != 0).FirstAsync(m => m.Partner!.Name == "TB Harapan Baru"));
        html.ShouldNotContain(stranger.DisplayName);
    }

    [Fact]
    public async Task An_owner_cannot_approve_or_deactivate_staff_of_another_store()
    {
        var elsewhere = await ElsewhereAsync();
        var pendingElsewhere = await app.DbAsync(async db =>
        {
            var other = await db.Members.FirstAsync(m => m.Id == elsewhere);
            var member = new Member("Waits Elsewhere", $"w{Guid.NewGuid():N}@test.local", $"0813{Random.Shared.Next(10_000_000, 99_999_999)}", other.PartnerId, ReferralCodes.New("Waits"), DateTime.UtcNow);
            member.AwaitApproval(null);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });
        using var session = await app.SignInAsync(DemoProgram.OwnerEmail);
        await session.GetHtmlAsync("/Team");

        (await session.PostFormAsync("/Team?handler=Decide", new() { ["memberId"] = $"{pendingElsewhere}", ["approve"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.PostFormAsync("/Team?handler=Active", new() { ["memberId"] = $"{elsewhere}", ["active"] = "false" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await app.DbAsync(db => db.Members.Where(m => m.Id == pendingElsewhere).Select(m => m.Approval).SingleAsync())).ShouldBe(MemberApproval.Pending);
        (await app.DbAsync(db => db.Members.Where(m => m.Id == elsewhere).Select(m => m.DeactivatedAt).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task A_deactivated_clerk_is_signed_out_within_a_minute_cannot_sign_in_and_keeps_their_points()
    {
        var store = await OwnerStoreAsync();
        var id = await app.NewStaffAsync(700);
        await app.DbAsync(async db =>
        {
            (await db.Members.SingleAsync(m => m.Id == id)).MoveTo(store);
            return await db.SaveChangesAsync();
        });
        var email = await app.GivePasswordAsync(id);
        using var clerk = await app.SignInAsync(email);
        using var owner = await app.SignInAsync(DemoProgram.OwnerEmail);
        await owner.GetHtmlAsync("/Team");

        (await owner.PostFormAsync("/Team?handler=Active", new() { ["memberId"] = $"{id}", ["active"] = "false" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        app.Clock.Advance(SecurityServiceCollectionExtensions.SessionCheckInterval + TimeSpan.FromSeconds(5));

        var after = await clerk.Client.GetAsync("/Rewards");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain("/Account/SignIn");
        var again = await app.Anonymous().SignInAsync(email, DemoProgram.Password, false);
        (await again.Content.ReadAsStringAsync()).ShouldContain("belum aktif");
        (await app.BalanceAsync(id)).ShouldBe(700);
        (await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == Core.Audit.AuditActions.MemberDeactivated && a.TargetId == id.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task A_deactivated_account_with_a_wrong_password_is_told_only_that_the_password_is_wrong()
    {
        var id = await app.NewStaffAsync(0);
        var email = await app.GivePasswordAsync(id);
        await app.DbAsync(async db =>
        {
            (await db.Members.SingleAsync(m => m.Id == id)).Deactivate(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var response = await app.Anonymous().SignInAsync(email, "not the password", false);

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("belum aktif");
        html.ShouldContain("salah");
    }

    [Fact]
    public async Task Marketers_and_admins_land_in_Studio_and_owners_on_their_home_with_the_team_card()
    {
        foreach (var (who, landing) in new[] { (DemoProgram.MarketerEmail, "/Studio"), (DemoProgram.AdminEmail, "/Studio"), (DemoProgram.OwnerEmail, "/") })
        {
            using var session = app.Anonymous();
            var response = await session.SignInAsync(who, DemoProgram.Password, false);
            response.Headers.Location!.OriginalString.ShouldBe(landing, who);
        }
        using var owner = await app.SignInAsync(DemoProgram.OwnerEmail);
        (await owner.GetHtmlAsync("/")).ShouldContain("data-testid=\"team-waiting\"");
    }

    [Fact]
    public async Task A_new_member_lands_on_the_onboarding_once_and_then_on_home()
    {
        var email = await app.GivePasswordAsync(await app.NewStaffAsync(0));
        using var session = app.Anonymous();
        (await session.SignInAsync(email, DemoProgram.Password, false)).Headers.Location!.OriginalString.ShouldBe("/Onboarding");
        (await session.GetHtmlAsync("/Onboarding?step=3")).ShouldContain("Tukar hadiah");
        (await session.PostFormAsync("/Onboarding?handler=Done", new() { ["then"] = "/" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var later = app.Anonymous();
        (await later.SignInAsync(email, DemoProgram.Password, false)).Headers.Location!.OriginalString.ShouldBe("/");
    }
}
