using System.Net;
using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Challenges;

public class ChallengePageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
        0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
        0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    private static ChallengeInput Proof(string? region = null) => new($"Foto {Guid.NewGuid():N}"[..20], "Kirim foto display.", ChallengeKind.Proof, 1, null, 250,
        DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)), null, true, null, region, null, null);

    private static async Task<HttpResponseMessage> SendProofAsync(ArenaSession session, int challenge, byte[] photo, string name = "display.png")
    {
        await session.GetHtmlAsync($"/Challenges/{challenge}");
        return await session.PostFileAsync($"/Challenges/{challenge}?handler=Proof", "photo", name, photo);
    }

    [Fact]
    public async Task A_challenge_for_another_region_is_hidden_and_refused_even_to_a_forced_request()
    {
        var (session, member) = await app.SignInNewStaffAsync(0);
        var own = await app.DbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Partner!.Region).SingleAsync());
        var elsewhere = await ChallengeContract.LaunchAsync(app, Proof(region: own == "Bali" ? "DKI Jakarta" : "Bali"));

        (await session.GetHtmlAsync("/Challenges")).ShouldNotContain($"/Challenges/{elsewhere}\"");
        (await session.Client.GetAsync($"/Challenges/{elsewhere}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.PostFormAsync($"/Challenges/{elsewhere}?handler=Join", [])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SendProofAsync(session, (await ChallengeContract.LaunchAsync(app, Proof())), Png)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a challenge for everyone takes proof");
        (await session.PostFileAsync($"/Challenges/{elsewhere}?handler=Proof", "photo", "x.png", Png)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.DbAsync(db => db.ProofSubmissions.CountAsync(p => p.ChallengeId == elsewhere))).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_photo_cannot_be_sent_twice_and_a_file_that_is_no_image_is_named()
    {
        var challenge = await ChallengeContract.LaunchAsync(app, Proof());
        var (session, _) = await app.SignInNewStaffAsync(0);
        var photo = Png.Concat(Guid.NewGuid().ToByteArray()).ToArray();

        (await SendProofAsync(session, challenge, photo)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await SendProofAsync(session, challenge, photo, "same-photo-renamed.png");
        (await again.Content.ReadAsStringAsync()).ShouldContain("Foto ini sudah pernah dikirim.");
        var text = await SendProofAsync(session, challenge, "bukan foto"u8.ToArray(), "fake.png");
        (await text.Content.ReadAsStringAsync()).ShouldContain("File itu bukan foto JPG, PNG atau WebP.");
        (await app.DbAsync(db => db.ProofSubmissions.CountAsync(p => p.ChallengeId == challenge))).ShouldBe(1);
    }

    [Fact]
    public async Task An_approved_proof_completes_the_challenge_pays_the_member_and_shows_on_their_page()
    {
        var challenge = await ChallengeContract.LaunchAsync(app, Proof());
        var (clerk, member) = await app.SignInNewStaffAsync(0);
        (await SendProofAsync(clerk, challenge, Png.Concat(Guid.NewGuid().ToByteArray()).ToArray())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        (await marketer.GetHtmlAsync("/Studio/Reviews")).ShouldContain("data-testid=\"pending-proof\"");
        var proof = await app.DbAsync(db => db.ProofSubmissions.Where(p => p.ChallengeId == challenge).Select(p => p.Id).SingleAsync());

        (await marketer.PostFormAsync("/Studio/Reviews?handler=Proof", new() { ["proofId"] = $"{proof}", ["approve"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.BalanceAsync(member)).ShouldBe(250);
        var page = await clerk.GetHtmlAsync($"/Challenges/{challenge}");
        page.ShouldContain("1/1 bukti disetujui");
        page.ShouldContain("Disetujui");
    }

    [Fact]
    public async Task A_marketer_launches_a_challenge_from_the_studio_form_and_its_audience_is_told()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Challenges/Edit");
        var title = $"Kuis {Guid.NewGuid():N}"[..16];
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Description"] = "Lulus satu kuis.", ["Input.Kind"] = "Quizzes", ["Input.Target"] = "1", ["Input.Points"] = "200",
            ["Input.Starts"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["Input.Ends"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"),
            ["Input.AutoEnrol"] = "true", ["Input.Region"] = "DKI Jakarta",
        };
        var bad = await marketer.PostFormAsync("/Studio/Challenges/Edit", new(form) { ["Input.Ends"] = DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd"), ["Input.Target"] = "0" });
        var html = await bad.Content.ReadAsStringAsync();
        html.ShouldContain("Tanggal selesai tidak boleh sebelum tanggal mulai.");
        html.ShouldContain("Target 1 sampai 1.000.000.");

        var saved = await marketer.PostFormAsync("/Studio/Challenges/Edit", form);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await app.DbAsync(db => db.Challenges.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());
        (await marketer.GetHtmlAsync($"/Studio/Challenges/Edit/{id}")).ShouldContain("Menjangkau");
        (await marketer.PostFormAsync($"/Studio/Challenges/Edit/{id}?handler=Move", new() { ["status"] = "Live" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var sari = await app.MemberIdAsync(DemoProgram.StaffEmail);
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == sari && n.TextKey == "Notify.ChallengeLaunched" && n.Link == $"/Challenges/{id}"))).ShouldBe(1);
        var audience = await app.ServiceAsync<ChallengeStudio, int>(s => s.AudienceAsync(id, default));
        audience.ShouldBeGreaterThan(1);
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.TextKey == "Notify.ChallengeLaunched" && n.Link == $"/Challenges/{id}")))
            .ShouldBe(audience, "everyone in the audience is told, not only the first");
        var edit = await marketer.PostFormAsync($"/Studio/Challenges/Edit/{id}", new(form) { ["Input.Points"] = "90000" });
        (await edit.Content.ReadAsStringAsync()).ShouldContain("tidak bisa diubah");
    }

    [Fact]
    public async Task Completing_a_first_challenge_earns_its_badge_once_and_the_gallery_shows_it_beside_the_locked_ones()
    {
        var challenge = await ChallengeContract.LaunchAsync(app, Proof());
        var (clerk, member) = await app.SignInNewStaffAsync(0);
        (await clerk.GetHtmlAsync("/Badges")).ShouldContain("0 dari 8 lencana");
        await SendProofAsync(clerk, challenge, Png.Concat(Guid.NewGuid().ToByteArray()).ToArray());
        var proof = await app.DbAsync(db => db.ProofSubmissions.Where(p => p.ChallengeId == challenge).Select(p => p.Id).SingleAsync());
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);

        await app.ServiceAsync<ProofReviews, Core.Sales.ReviewOutcome>(r => r.DecideAsync(marketer, proof, true, null, default));
        for (var i = 0; i < 3; i++) await app.ServiceAsync<Core.Badges.BadgeAwarder, bool>(async b => { await b.CheckAsync(member, default); return true; });

        (await app.DbAsync(db => db.MemberBadges.CountAsync(b => b.MemberId == member && b.Code == "FirstChallenge"))).ShouldBe(1);
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == member && n.TextKey == "Notify.Badge"))).ShouldBe(1);
        var gallery = await clerk.GetDocumentAsync("/Badges");
        gallery.QuerySelector("[data-testid=badge-FirstChallenge]")!.ClassList.ShouldContain("badge-earned");
        gallery.QuerySelector("[data-testid=badge-Streak7]")!.TextContent.ShouldContain("7 hari berturut-turut");
        (await clerk.GetHtmlAsync("/Notifications")).ShouldContain("Lencana baru: Penakluk Tantangan!");
    }

    [Theory]
    [InlineData("/Studio/Challenges")]
    [InlineData("/Studio/Challenges/Edit")]
    [InlineData("/Studio/Reviews")]
    public async Task Staff_and_owners_get_403_on_the_challenge_studio(string url)
    {
        foreach (var who in new[] { DemoProgram.StaffEmail, DemoProgram.OwnerEmail })
        {
            using var session = await app.SignInAsync(who);
            (await session.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task The_demo_shows_challenges_done_running_and_open_and_a_proof_waiting_for_review()
    {
        using var sari = await app.SignInAsync(DemoProgram.StaffEmail);
        var page = await sari.GetHtmlAsync("/Challenges");
        page.ShouldContain("Sapa 20 Pelanggan");
        page.ShouldContain("Foto Display Terbaik");
        page.ShouldContain("Suara Mitra");
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        (await marketer.GetHtmlAsync("/Studio/Reviews")).ShouldContain("Rak Display Desember");
        var rules = await app.Anonymous().GetHtmlAsync("/Rules");
        rules.ShouldContain("Tantangan: Sapa 20 Pelanggan");
        rules.ShouldNotContain("Jual 10 Kaleng Arena Pro 5L", customMessage: "a draft is nobody's yet");
    }
}
