using System.Net;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Partners;

public class SharedPhonePageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Switch = "/Account/Switch";

    /// <summary>Clerks with the demo password in a store of their own whose owner allows shared phones.</summary>
    private async Task<(string Email, int Id)[]> ClerksAsync(params string[] names)
    {
        var store = await app.DbAsync(async db =>
        {
            var partner = new Partner($"Toko HP {Guid.NewGuid():N}"[..24], PartnerKind.Store, "DKI Jakarta");
            partner.AllowSharedPhones(true);
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        var clerks = new List<(string, int)>();
        foreach (var name in names)
        {
            var id = await app.NewStaffAsync(0);
            var email = await app.GivePasswordAsync(id);
            await app.DbAsync(db => db.Members.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PartnerId, store).SetProperty(m => m.DisplayName, name)));
            clerks.Add((email, id));
        }
        return [.. clerks];
    }

    private static async Task<string> FollowAsync(ArenaSession session, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Two_clerks_stay_on_one_phone_and_switch_by_PIN_which_is_no_password_on_another_phone()
    {
        var (ani, budi) = await ClerksAsync("Ani Kasir", "Budi Kasir") is [var a, var b] ? (a, b) : default;
        using var phone = await app.SignInAsync(ani.Email);
        (await phone.GetHtmlAsync(Switch)).ShouldContain("Jadikan HP bersama");

        (await FollowAsync(phone, await phone.PostFormAsync($"{Switch}?handler=Share", new() { ["name"] = "HP kasir" }))).ShouldBe($"{Switch}#pin");
        await phone.GetHtmlAsync(Switch);
        await FollowAsync(phone, await phone.PostFormAsync($"{Switch}?handler=Pin", new() { ["pin"] = "7391", ["confirmation"] = "7391" }));
        (await FollowAsync(phone, await phone.PostFormAsync($"{Switch}?handler=Add", []))).ShouldStartWith("/Account/SignIn");
        (await phone.GetHtmlAsync("/Account/SignIn")).ShouldContain("Ganti pengguna dengan PIN");

        // The colleague signs in with the password once; without a PIN yet, they are asked for one.
        (await FollowAsync(phone, await phone.SignInAsync(budi.Email, Core.Data.DemoProgram.Password, rememberMe: true))).ShouldBe($"{Switch}#pin");
        await phone.GetHtmlAsync(Switch);
        await FollowAsync(phone, await phone.PostFormAsync($"{Switch}?handler=Pin", new() { ["pin"] = "8264", ["confirmation"] = "8264" }));
        var both = await phone.GetDocumentAsync(Switch);
        both.QuerySelector(".clerk.current .clerk-name")!.TextContent.ShouldBe("Budi Kasir");
        both.QuerySelector($"#pin-{ani.Id}").ShouldNotBeNull("Ani is a tap and a PIN away");
        both.QuerySelector("[data-testid=switch-user]").ShouldNotBeNull("the top bar offers the switch on a shared phone");

        var wrong = await phone.PostFormAsync($"{Switch}?handler=Switch", new() { ["memberId"] = $"{ani.Id}", ["pin"] = "7392" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("PIN salah. Sisa 4 kali coba.");
        var switched = await phone.PostFormAsync($"{Switch}?handler=Switch", new() { ["memberId"] = $"{ani.Id}", ["pin"] = "7391" });
        (await FollowAsync(phone, switched)).ShouldBeOneOf("/", "/Onboarding"); // her landing, as after a sign-in
        switched.Headers.GetValues("Clear-Site-Data").Single().ShouldContain("\"cache\"", customMessage: "Budi's offline pages are not Ani's to see");
        (await phone.GetDocumentAsync(Switch)).QuerySelector(".clerk.current .clerk-name")!.TextContent.ShouldBe("Ani Kasir");

        // Another phone: the PIN opens nothing, neither as a switch nor as a password.
        using var other = app.Anonymous();
        var empty = await other.GetHtmlAsync(Switch);
        empty.ShouldContain("bukan HP bersama");
        empty.ShouldNotContain("Ani Kasir");
        var elsewhere = await other.PostFormAsync($"{Switch}?handler=Switch", new() { ["memberId"] = $"{ani.Id}", ["pin"] = "7391" });
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await elsewhere.Content.ReadAsStringAsync()).ShouldContain("tidak ada di HP ini");
        (await other.Client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "still nobody signed in there");
        (await other.SignInAsync(ani.Email, "7391", rememberMe: false)).StatusCode.ShouldBe(HttpStatusCode.OK, "a PIN is not a password");
    }

    [Fact]
    public async Task The_owner_turns_shared_phones_on_for_the_store_sees_each_phone_and_removes_one()
    {
        using var owner = await app.SignInAsync(Core.Data.DemoProgram.OwnerEmail);
        var store = await app.DbAsync(db => db.Members.Where(m => m.Email == Core.Data.DemoProgram.OwnerEmail).Select(m => m.PartnerId).SingleAsync());
        (await owner.GetHtmlAsync("/Team")).ShouldContain("HP bersama toko");
        using var sari = await app.SignInAsync(Core.Data.DemoProgram.StaffEmail);
        await sari.GetHtmlAsync(Switch);
        await FollowAsync(sari, await sari.PostFormAsync($"{Switch}?handler=Share", new() { ["name"] = "HP kasir depan" }));

        var team = await owner.GetDocumentAsync("/Team");
        var line = team.QuerySelectorAll("[data-testid=shared-phone]").Single(l => l.TextContent.Contains("HP kasir depan"));
        line.TextContent.ShouldContain("Sari Wulandari");
        var phoneId = line.QuerySelector("input[name=phoneId]")!.GetAttribute("value")!;
        await FollowAsync(owner, await owner.PostFormAsync("/Team?handler=RemovePhone", new() { ["phoneId"] = phoneId }));

        (await owner.GetHtmlAsync("/Team")).ShouldNotContain("HP kasir depan");
        (await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == Core.Audit.AuditActions.SharedPhoneRemoved && a.TargetId == phoneId))).ShouldBe(1);
        (await app.DbAsync(db => db.Partners.Where(p => p.Id == store).Select(p => p.SharedPhones).SingleAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task An_owner_cannot_remove_another_stores_phone()
    {
        var clerks = await ClerksAsync("Citra Kasir");
        var token = (await app.ServiceAsync<SharedPhones, string?>(p => p.RegisterAsync(clerks[0].Id, "HP", default)))!;
        var phoneId = (await app.ServiceAsync<SharedPhones, SharedPhoneView?>(p => p.FindAsync(token, default)))!.Id;
        using var owner = await app.SignInAsync(Core.Data.DemoProgram.OwnerEmail);
        await owner.GetHtmlAsync("/Team");

        (await owner.PostFormAsync("/Team?handler=RemovePhone", new() { ["phoneId"] = $"{phoneId}" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ServiceAsync<SharedPhones, SharedPhoneView?>(p => p.FindAsync(token, default))).ShouldNotBeNull();
    }
}
