using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Challenges;

public abstract class ContestContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    [Fact]
    public async Task A_contest_closed_by_two_passes_at_once_and_again_later_pays_its_prizes_once()
    {
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        // Three members in a region of their own, so this contest ranks only them.
        var region = $"Uji {Guid.NewGuid():N}"[..12];
        var members = new List<int>();
        foreach (var points in new[] { 900, 600, 300 })
        {
            var id = await app.NewStaffAsync(0);
            await app.DbAsync(async db =>
            {
                var store = new Core.Partners.Partner($"Toko {region} {points}", Core.Partners.PartnerKind.Store, region);
                db.Partners.Add(store);
                await db.SaveChangesAsync();
                await db.Members.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PartnerId, store.Id));
                return 0;
            });
            await app.ServiceAsync<PointsLedger, PostingResult>(l => l.PostAsync(Posting.Earn(id, points, "test", Guid.NewGuid().ToString("N"), LedgerReasons.Sale, "x"), default));
            members.Add(id);
        }
        var today = app.Today;
        var saved = await app.ServiceAsync<ContestService, Core.Common.Saved>(c => c.CreateAsync(marketer,
            new ContestInput("Uji kontes", "", ContestMetric.Points, ContestScope.Individual, null, today.AddDays(-1), today, false, "500,200", Core.Partners.PartnerKind.Store, region), default));
        saved.Problems.ShouldBeEmpty();
        await app.ServiceAsync<ContestService, bool>(async c => { await c.PublishAsync(marketer, saved.Id, default); return true; });
        app.Clock.Advance(TimeSpan.FromDays(2));

        var closed = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => app.ServiceAsync<ContestService, int>(c => c.CloseDueAsync(default)))));
        await app.ServiceAsync<ContestService, int>(c => c.CloseDueAsync(default));

        closed.Count(c => c > 0).ShouldBeGreaterThanOrEqualTo(1);
        (await app.DbAsync(db => db.ContestAwards.Where(a => a.ContestId == saved.Id).OrderBy(a => a.Place).Select(a => new { a.MemberId, a.Points }).ToListAsync()))
            .Select(a => (a.MemberId, a.Points)).ShouldBe([(members[0], 500), (members[1], 200)]);
        (await app.BalanceAsync(members[0])).ShouldBe(900 + 500);
        (await app.BalanceAsync(members[1])).ShouldBe(600 + 200);
        (await app.BalanceAsync(members[2])).ShouldBe(300);
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == members[0] && n.TextKey == "Notify.ContestWon"))).ShouldBe(1);
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == members[2] && n.TextKey == "Notify.ContestEnded" && n.Link == $"/Contests/{saved.Id}")))
            .ShouldBe(1, "the one without a prize hears it ended");
        (await app.DbAsync(db => db.Notifications.CountAsync(n => n.MemberId == members[0] && n.TextKey == "Notify.ContestEnded"))).ShouldBe(0);
        var email = await app.DbAsync(db => db.Members.Where(m => m.Id == members[0]).Select(m => m.Email!).SingleAsync());
        (await app.DbAsync(db => db.OutboxMessages.CountAsync(o => o.Recipient == email && o.Template == Core.Notifications.EmailTemplates.ContestWon))).ShouldBe(1);
        (await app.WaitForMailAsync(email, "500")).ShouldContain("Uji kontes");
    }
}

public class SqliteContestTests(SqliteApp app) : ContestContract(app), IClassFixture<SqliteApp>;

public class PostgresContestTests(PostgresApp app) : ContestContract(app), IClassFixture<PostgresApp>;

public class ContestPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_member_sees_the_running_league_of_their_store_size_and_their_place_and_the_closed_contest_has_winners()
    {
        using var sari = await app.SignInAsync(DemoProgram.StaffEmail);
        var list = await sari.GetHtmlAsync("/Challenges");
        list.ShouldContain("Liga Toko Desember");
        list.ShouldNotContain("Juara Sumatera November", customMessage: "a contest for Sumatera is not Jakarta's");
        var league = await app.DbAsync(db => db.Contests.Where(c => c.Title == "Liga Toko Desember").Select(c => c.Id).SingleAsync());
        var board = await sari.GetHtmlAsync($"/Contests/{league}");
        board.ShouldContain("Liga toko");
        board.ShouldContain("data-testid=\"contest-me\"");
        var november = await app.DbAsync(db => db.Contests.Where(c => c.Title == "Juara Sumatera November").Select(c => c.Id).SingleAsync());
        (await sari.Client.GetAsync($"/Contests/{november}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await app.DbAsync(db => db.ContestAwards.CountAsync(a => a.ContestId == november))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Prizes_that_make_no_sense_are_refused_with_a_message()
    {
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        await marketer.GetHtmlAsync("/Studio/Contests");
        var response = await marketer.PostFormAsync("/Studio/Contests", new()
        {
            ["Input.Title"] = "Kontes", ["Input.Metric"] = "Points", ["Input.Scope"] = "Store", ["Input.Prizes"] = "banyak sekali",
            ["Input.Starts"] = "2026-12-10", ["Input.Ends"] = "2026-12-01", ["Input.Brackets"] = "true",
        });
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Tulis 1 sampai 20 jumlah poin positif");
        html.ShouldContain("Tanggal selesai tidak boleh sebelum tanggal mulai.");
    }
}
