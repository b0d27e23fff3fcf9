using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Sales;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Sales;

public abstract class EarningGuardContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private HttpClient Api()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoProgram.ApiKey);
        return client;
    }

    private async Task<(int Id, string Email)> MemberAsync()
    {
        var id = await app.NewStaffAsync(0);
        return (id, await app.DbAsync(db => db.Members.Where(m => m.Id == id).Select(m => m.Email!).SingleAsync()));
    }

    private static object Sale(string externalId, string member, int quantity) =>
        new { externalId, member, sku = DemoProgram.DemoSku, quantity, amount = 1, soldAt = DateTimeOffset.UtcNow.AddHours(-1) };

    private Task<long> SaleIdAsync(string externalId) => app.DbAsync(db => db.SaleRecords.Where(s => s.ExternalId == externalId).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task A_sale_over_the_unit_limit_earns_nothing_until_approved_and_exactly_once_after()
    {
        var (member, email) = await MemberAsync();
        var externalId = $"TYPO-{Guid.NewGuid():N}"[..20];

        var sale = Sale(externalId, email, 5_000);
        var response = await Api().PostAsJsonAsync("/api/v1/sales", sale);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("held");
        body.GetProperty("points").GetInt32().ShouldBe(0);
        body.GetProperty("heldPoints").GetInt32().ShouldBe(500_000);
        (await app.BalanceAsync(member)).ShouldBe(0);
        (await (await Api().PostAsJsonAsync("/api/v1/sales", sale)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("points").GetInt32().ShouldBe(0, "a repeat of a held sale earns nothing either");

        var saleId = await SaleIdAsync(externalId);
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);
        var decisions = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ServiceAsync<SaleReviews, ReviewOutcome>(r => r.ApproveAsync(marketer, saleId, default))));

        decisions.Count(d => d.Status == ReviewStatus.Done).ShouldBe(1);
        decisions.Count(d => d.Status == ReviewStatus.AlreadyDecided).ShouldBe(3);
        (await app.BalanceAsync(member)).ShouldBe(500_000);
        (await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == Core.Audit.AuditActions.SaleApproved && a.TargetId == member.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task A_rejected_sale_pays_nothing_and_the_member_sees_why()
    {
        var (member, email) = await MemberAsync();
        var externalId = $"NOPE-{Guid.NewGuid():N}"[..20];
        await Api().PostAsJsonAsync("/api/v1/sales", Sale(externalId, email, 2_000));
        var saleId = await SaleIdAsync(externalId);
        var marketer = await app.MemberIdAsync(DemoProgram.MarketerEmail);

        (await app.ServiceAsync<SaleReviews, ReviewOutcome>(r => r.RejectAsync(marketer, saleId, "", default))).Status.ShouldBe(ReviewStatus.ReasonRequired);
        (await app.ServiceAsync<SaleReviews, ReviewOutcome>(r => r.RejectAsync(marketer, saleId, "Faktur tidak ditemukan", default))).Status.ShouldBe(ReviewStatus.Done);
        (await app.ServiceAsync<SaleReviews, ReviewOutcome>(r => r.ApproveAsync(marketer, saleId, default))).Status.ShouldBe(ReviewStatus.AlreadyDecided);

        (await app.BalanceAsync(member)).ShouldBe(0);
        var mine = await app.ServiceAsync<SaleReviews, IReadOnlyList<MyHeldSale>>(r => r.MineAsync(member, default));
        mine.Single().Note.ShouldBe("Faktur tidak ditemukan");
    }

    [Fact]
    public async Task Sales_that_together_pass_the_daily_points_limit_hold_the_one_that_crosses_it_even_when_they_arrive_at_once()
    {
        var (member, email) = await MemberAsync();
        await app.DbAsync(db => db.ProgramRules.ExecuteUpdateAsync(s => s.SetProperty(r => r.MaxPointsPerMemberDay, 1_000)));
        try
        {
            // Each sale earns 300 points (3 units); three fit in 1,000, the fourth does not.
            var run = Guid.NewGuid().ToString("N")[..8];
            var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Api().PostAsJsonAsync("/api/v1/sales", Sale($"DAY-{run}-{i}", email, 3))));

            responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
            (await app.BalanceAsync(member)).ShouldBe(900);
            (await app.DbAsync(db => db.SaleRecords.CountAsync(s => s.MemberId == member && s.Review == SaleReview.Held))).ShouldBe(3);
        }
        finally
        {
            await app.DbAsync(db => db.ProgramRules.ExecuteUpdateAsync(s => s.SetProperty(r => r.MaxPointsPerMemberDay, 50_000)));
        }
    }
}

public class SqliteEarningGuardTests(SqliteApp app) : EarningGuardContract(app), IClassFixture<SqliteApp>;

public class PostgresEarningGuardTests(PostgresApp app) : EarningGuardContract(app), IClassFixture<PostgresApp>;

public class ReviewPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_marketer_approves_a_held_sale_on_the_review_page_and_the_member_sees_it_move_from_waiting_to_paid()
    {
        var member = await app.NewStaffAsync(0);
        var email = await app.GivePasswordAsync(member);
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", DemoProgram.ApiKey);
        var externalId = $"PAGE-{Guid.NewGuid():N}"[..20];
        await api.PostAsJsonAsync("/api/v1/sales", new { externalId, member = email, sku = DemoProgram.DemoSku, quantity = 1_500, amount = 1, soldAt = DateTimeOffset.UtcNow.AddHours(-2) });

        using var clerk = await app.SignInAsync(email);
        (await clerk.GetHtmlAsync("/Ledger")).ShouldContain("Menunggu verifikasi: 150.000 poin");
        using var marketer = await app.SignInAsync(DemoProgram.MarketerEmail);
        var page = await marketer.GetHtmlAsync("/Studio/Reviews");
        page.ShouldContain("unit per baris melebihi batas");
        var saleId = await app.DbAsync(db => db.SaleRecords.Where(s => s.ExternalId == externalId).Select(s => s.Id).SingleAsync());

        (await marketer.PostFormAsync("/Studio/Reviews?handler=Approve", new() { ["saleId"] = $"{saleId}" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.BalanceAsync(member)).ShouldBe(150_000);
        (await clerk.GetHtmlAsync("/Ledger")).ShouldContain("Disetujui: 150.000 poin masuk");
        (await clerk.Client.GetAsync("/Studio/Reviews")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
