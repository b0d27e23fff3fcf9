using System.Net;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Referrals;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Referrals;

public class JoinTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static string Phone() => $"0857{Random.Shared.Next(10_000_000, 99_999_999)}";

    private Task<int> OwnerIdAsync() => app.MemberIdAsync(DemoProgram.OwnerEmail);

    private async Task<string> InviteAsync(int days = 14)
    {
        var owner = await OwnerIdAsync();
        var store = await app.DbAsync(db => db.Members.Where(m => m.Id == owner).Select(m => m.PartnerId).SingleAsync());
        var saved = await app.ServiceAsync<Invitations, Core.Common.Saved>(i => i.CreateAsync(owner, store, days, needsApproval: true, default));
        return await app.DbAsync(db => db.Invitations.Where(i => i.Id == saved.Id).Select(i => i.Code).SingleAsync());
    }

    private static async Task<HttpResponseMessage> JoinAsync(ArenaSession session, string code, string phone, string? email = null, string name = "Calon Staf")
    {
        await session.GetHtmlAsync($"/Join/{code}");
        return await session.PostFormAsync($"/Join/{code}", new()
        {
            ["Input.Name"] = name, ["Input.Phone"] = phone, ["Input.Email"] = email ?? "", ["Input.Password"] = "sandi yang panjang",
        });
    }

    [Fact]
    public async Task Joining_through_an_invite_waits_for_the_owner_and_approval_pays_the_welcome_bonus_once()
    {
        var code = await InviteAsync();
        var phone = Phone();
        using var visitor = app.Anonymous();
        var email = $"calon{Guid.NewGuid():N}@test.local";
        var joined = await JoinAsync(visitor, code, phone, email);
        (await joined.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"join-waiting\"");
        var id = await app.DbAsync(db => db.Members.Where(m => m.PhoneNumber == PhoneNumbers.Normalize(phone)).Select(m => m.Id).SingleAsync());
        (await app.BalanceAsync(id)).ShouldBe(0);
        var owner = await OwnerIdAsync();
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == owner && n.TextKey == "Notify.WaitsForApproval" && n.DedupKey!.StartsWith($"waits:{id}:"))))
            .ShouldBe(1, "the owner hears that someone waits");

        var store = await app.DbAsync(db => db.Members.Where(m => m.Id == owner).Select(m => m.PartnerId).SingleAsync());
        await app.ServiceAsync<ReferralService, bool>(async r => { await r.DecideAsync(owner, id, true, store, default); return true; });
        await Should.ThrowAsync<Core.Common.NotFoundException>(() => app.ServiceAsync<ReferralService, bool>(async r => { await r.DecideAsync(owner, id, true, store, default); return true; }));

        (await app.BalanceAsync(id)).ShouldBe(100);
        (await app.DbAsync(db => db.Invitations.Where(i => i.Code == code).Select(i => i.Joined).SingleAsync())).ShouldBe(1);
        (await app.DbAsync(db => db.OutboxMessages.Where(o => o.Template == Core.Notifications.EmailTemplates.Welcome && o.MemberId == id).Select(o => o.PayloadJson).ToListAsync()))
            .ShouldHaveSingleItem().ShouldContain("\"WelcomePoints\":100", customMessage: "one welcome email, after approval, with the bonus");
    }

    [Fact]
    public async Task An_expired_or_revoked_invite_is_refused_and_creates_nobody()
    {
        var expired = await InviteAsync(days: 1);
        var revoked = await InviteAsync();
        var owner = await OwnerIdAsync();
        var revokedId = await app.DbAsync(db => db.Invitations.Where(i => i.Code == revoked).Select(i => i.Id).SingleAsync());
        await app.ServiceAsync<Invitations, bool>(async i => { await i.RevokeAsync(owner, revokedId, null, default); return true; });
        app.Clock.Advance(TimeSpan.FromDays(2));
        var before = await app.DbAsync(db => db.Members.CountAsync());

        using var visitor = app.Anonymous();
        (await visitor.GetHtmlAsync($"/Join/{expired}")).ShouldContain("Link undangan ini sudah kedaluwarsa.");
        (await visitor.GetHtmlAsync($"/Join/{revoked}")).ShouldContain("Link undangan ini sudah tidak berlaku.");
        (await (await JoinAsync(visitor, expired, Phone())).Content.ReadAsStringAsync()).ShouldContain("data-testid=\"join-closed\"");
        (await (await JoinAsync(visitor, revoked, Phone())).Content.ReadAsStringAsync()).ShouldContain("data-testid=\"join-closed\"");

        (await app.DbAsync(db => db.Members.CountAsync())).ShouldBe(before);
        (await app.Anonymous().Client.GetAsync("/Join/doesnotexist")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_already_enrolled_phone_cannot_join_again_and_earns_nobody_anything()
    {
        var sari = await app.MemberIdAsync(DemoProgram.StaffEmail);
        var referralsBefore = await app.DbAsync(db => db.Referrals.CountAsync(r => r.ReferrerId == sari));
        var code = await app.DbAsync(db => db.Members.Where(m => m.Id == sari).Select(m => m.ReferralCode).SingleAsync());

        using var visitor = app.Anonymous();
        var response = await JoinAsync(visitor, code, "+62 812 0000 2027"); // the demo owner's phone

        (await response.Content.ReadAsStringAsync()).ShouldContain("Nomor HP ini sudah terdaftar.");
        (await app.DbAsync(db => db.Referrals.CountAsync(r => r.ReferrerId == sari))).ShouldBe(referralsBefore);
    }

    [Fact]
    public async Task A_member_who_signs_up_a_second_account_through_their_own_link_is_not_paid_for_it()
    {
        var id = await app.NewStaffAsync(0);
        var email = await app.GivePasswordAsync(id);
        var code = await app.DbAsync(db => db.Members.Where(m => m.Id == id).Select(m => m.ReferralCode).SingleAsync());
        using var self = await app.SignInAsync(email);

        var response = await JoinAsync(self, code, Phone(), name: "Saya Lagi");
        (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"join-waiting\"");

        var referral = await app.DbAsync(db => db.Referrals.SingleAsync(r => r.ReferrerId == id));
        referral.Status.ShouldBe(ReferralStatus.Refused);
        referral.RefusedReason.ShouldBe(ReferralPolicy.SelfReferral);
    }

    [Fact]
    public async Task Bad_sign_up_input_is_named_field_by_field_in_Bahasa_and_nothing_is_saved()
    {
        var code = await InviteAsync();
        var before = await app.DbAsync(db => db.Members.CountAsync());
        using var visitor = app.Anonymous();
        await visitor.GetHtmlAsync($"/Join/{code}");

        var response = await visitor.PostFormAsync($"/Join/{code}", new()
        {
            ["Input.Name"] = "", ["Input.Phone"] = "021-555", ["Input.Email"] = "not-an-email", ["Input.Password"] = "sandi yang panjang",
        });
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Isi nama");
        html.ShouldContain("Nomor HP harus nomor seluler Indonesia");
        html.ShouldContain("Alamat email tidak valid.");
        var shortPassword = await visitor.PostFormAsync($"/Join/{code}", new() { ["Input.Name"] = "A", ["Input.Phone"] = Phone(), ["Input.Password"] = "pendek" });
        (await shortPassword.Content.ReadAsStringAsync()).ShouldContain("Kata sandi minimal 8 karakter.");
        (await app.DbAsync(db => db.Members.CountAsync())).ShouldBe(before);
    }
}
