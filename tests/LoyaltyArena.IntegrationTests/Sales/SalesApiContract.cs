using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Sales;

public abstract class SalesApiContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    protected HttpClient Api(string key = DemoProgram.ApiKey)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    protected static object Sale(string externalId, string member, int quantity = 3, string sku = DemoProgram.DemoSku) =>
        new { externalId, member, sku, quantity, amount = 150_000, soldAt = DateTimeOffset.UtcNow.AddHours(-1) };

    [Fact]
    public async Task Twenty_concurrent_posts_of_one_sale_earn_exactly_once()
    {
        var member = await app.NewStaffAsync(0);
        var email = await app.DbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Email!).SingleAsync());
        var sale = Sale($"INV-{Guid.NewGuid():N}"[..24], email, quantity: 2);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Api().PostAsJsonAsync("/api/v1/sales", sale))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(19);
        (await app.BalanceAsync(member)).ShouldBe(200);
        foreach (var response in responses)
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("points").GetInt32().ShouldBe(200);
    }

    private async Task<List<string>> NewMemberEmailsAsync(int count)
    {
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = await app.NewStaffAsync(0);
            emails.Add(await app.DbAsync(db => db.Members.Where(m => m.Id == id).Select(m => m.Email!).SingleAsync()));
        }
        return emails;
    }

    [Fact]
    public async Task A_sale_that_would_earn_an_absurd_number_of_points_is_refused_and_a_batch_of_them_changes_no_wallet()
    {
        var email = (await NewMemberEmailsAsync(1))[0];
        var run = Guid.NewGuid().ToString("N")[..8];

        var one = await Api().PostAsJsonAsync("/api/v1/sales", Sale($"BIG-{run}", email, quantity: 100_000));
        var batch = await Api().PostAsJsonAsync("/api/v1/sales", Enumerable.Range(0, 200).Select(i => Sale($"BIGB-{run}-{i}", email, quantity: 100_000)).ToArray());

        one.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await one.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("quantity")[0].GetString()
            .ShouldBe("This sale would earn more than 1,000,000 points; check the quantity or contact the program team");
        batch.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.BalanceAsync(await app.MemberIdAsync(email))).ShouldBe(0);
        (await app.DbAsync(db => db.SaleRecords.CountAsync(s => s.ExternalId.Contains(run)))).ShouldBe(0);
    }

    [Fact]
    public async Task Two_batches_naming_the_same_members_in_opposite_order_posted_together_all_land_exactly_once()
    {
        var members = await NewMemberEmailsAsync(8);
        var run = Guid.NewGuid().ToString("N")[..8];
        object Batch(string side, int round, IEnumerable<string> order) =>
            order.Select((email, i) => Sale($"{side}-{run}-{round}-{i}", email, quantity: 1)).ToArray();

        var responses = new List<HttpResponseMessage>();
        for (var round = 0; round < 30; round++)
        {
            responses.AddRange(await Task.WhenAll(
                Task.Run(() => Api().PostAsJsonAsync("/api/v1/sales", Batch("UP", round, members))),
                Task.Run(() => Api().PostAsJsonAsync("/api/v1/sales", Batch("DOWN", round, Enumerable.Reverse(members))))));
        }

        responses.Count(r => (int)r.StatusCode >= 500).ShouldBe(0);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await app.DbAsync(db => db.SaleRecords.CountAsync(s => s.ExternalId.Contains(run)))).ShouldBe(2 * 30 * 8);
        foreach (var email in members)
        {
            var id = await app.MemberIdAsync(email);
            (await app.DbAsync(db => db.SaleRecords.CountAsync(s => s.MemberId == id))).ShouldBe(2 * 30);
            (await app.BalanceAsync(id)).ShouldBe(await app.DbAsync(db => db.SaleRecords.Where(s => s.MemberId == id).SumAsync(s => s.Points)));
        }
    }

    [Fact]
    public async Task The_same_invoice_number_from_two_distributors_is_two_sales_and_each_reads_its_own()
    {
        var admin = await app.MemberIdAsync(DemoProgram.AdminEmail);
        var otherKey = await app.ServiceAsync<Core.Sales.ApiKeys, string>(keys => keys.CreateAsync(admin, $"Distributor {Guid.NewGuid():N}"[..20], default));
        var (a, b) = (await NewMemberEmailsAsync(2)) switch { var e => (e[0], e[1]) };
        var invoice = $"INV-{Guid.NewGuid():N}"[..16];

        var first = await Api().PostAsJsonAsync("/api/v1/sales", Sale(invoice, a, quantity: 1));
        var second = await Api(otherKey).PostAsJsonAsync("/api/v1/sales", Sale(invoice, b, quantity: 2));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("quantity").GetInt32().ShouldBe(2);
        body.GetProperty("memberId").GetInt32().ShouldBe(await app.MemberIdAsync(b));
        (await app.DbAsync(db => db.SaleRecords.CountAsync(s => s.ExternalId == invoice))).ShouldBe(2);
        (await app.BalanceAsync(await app.MemberIdAsync(a))).ShouldBe(100);
        (await app.BalanceAsync(await app.MemberIdAsync(b))).ShouldBe(200);
    }

    [Fact]
    public async Task The_same_id_sent_again_with_other_data_is_refused_naming_what_differs_and_changes_nothing()
    {
        var emails = await NewMemberEmailsAsync(2);
        var invoice = $"INV-{Guid.NewGuid():N}"[..16];
        var soldAt = DateTimeOffset.UtcNow.AddHours(-2);
        (await Api().PostAsJsonAsync("/api/v1/sales", new { externalId = invoice, member = emails[0], sku = DemoProgram.DemoSku, quantity = 1, amount = 50_000, soldAt }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var changed = await Api().PostAsJsonAsync("/api/v1/sales", new { externalId = invoice, member = emails[1], sku = DemoProgram.DemoSku, quantity = 5, amount = 50_000, soldAt });
        var same = await Api().PostAsJsonAsync("/api/v1/sales", new { externalId = invoice, member = emails[0], sku = DemoProgram.DemoSku, quantity = 1, amount = 50_000, soldAt });

        changed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        changed.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe(["member", "quantity"]);
        errors.GetProperty("quantity")[0].GetString().ShouldBe("Differs from the sale already stored under this id");
        same.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("quantity").GetInt32().ShouldBe(1);
        (await app.BalanceAsync(await app.MemberIdAsync(emails[1]))).ShouldBe(0);
        (await app.DbAsync(db => db.SaleRecords.CountAsync(s => s.ExternalId == invoice))).ShouldBe(1);
    }
}

public sealed class SqliteSalesApiTests(SqliteApp app) : SalesApiContract(app), IClassFixture<SqliteApp>
{
    private readonly ArenaApp _app = app;

    [Fact]
    public async Task A_sale_earns_by_the_rule_and_repeating_it_returns_the_original_result()
    {
        var externalId = $"INV-{Guid.NewGuid():N}"[..20];
        var before = await _app.BalanceAsync(await _app.MemberIdAsync(DemoProgram.OwnerEmail));

        var sale = Sale(externalId, "0812-0000-2027");
        var first = await Api().PostAsJsonAsync("/api/v1/sales", sale);
        var again = await Api().PostAsJsonAsync("/api/v1/sales", sale);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("points").GetInt32().ShouldBe(300);
        body.GetProperty("status").GetString().ShouldBe("created");
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("duplicate");
        (await _app.BalanceAsync(await _app.MemberIdAsync(DemoProgram.OwnerEmail))).ShouldBe(before + 300);
    }

    [Fact]
    public async Task A_bad_sale_gets_problem_details_naming_each_field_and_changes_nothing()
    {
        var response = await Api().PostAsJsonAsync("/api/v1/sales", new { externalId = "X-1", member = "nobody@demo.test", sku = "NOPE", quantity = 0, soldAt = DateTimeOffset.UtcNow.AddDays(2) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("quantity")[0].GetString().ShouldBe("quantity must be between 1 and 100,000");
        errors.GetProperty("soldAt")[0].GetString().ShouldBe("soldAt is in the future");
        errors.GetProperty("member")[0].GetString().ShouldBe("no member with this email, phone or code");
        errors.GetProperty("sku")[0].GetString().ShouldBe("unknown sku");
        (await _app.DbAsync(db => db.SaleRecords.AnyAsync(s => s.ExternalId == "X-1"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Problem_messages_follow_Accept_Language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sales") { Content = JsonContent.Create(new { externalId = "X-2", member = "staff@demo.test", sku = DemoProgram.DemoSku }) };
        request.Headers.Add("Accept-Language", "id-ID");

        var errors = (await (await Api().SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        errors.GetProperty("quantity")[0].GetString().ShouldBe("jumlah wajib diisi");
    }

    [Fact]
    public async Task A_batch_with_one_bad_sale_records_none_of_them()
    {
        var good = Sale($"B-{Guid.NewGuid():N}"[..20], DemoProgram.OwnerEmail);
        var bad = new { externalId = "B-bad", member = DemoProgram.OwnerEmail, sku = DemoProgram.DemoSku, quantity = -1, soldAt = DateTimeOffset.UtcNow };

        var response = await Api().PostAsJsonAsync("/api/v1/sales", new object[] { good, bad });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("[1].quantity", out _).ShouldBeTrue();
        (await _app.DbAsync(db => db.SaleRecords.CountAsync(s => s.ExternalId.StartsWith("B-")))).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_key_and_a_missing_key_are_refused_with_401()
    {
        (await Api("wrong-key").PostAsJsonAsync("/api/v1/sales", Sale("K-1", DemoProgram.StaffEmail))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _app.CreateClient().GetAsync("/api/v1/members/staff@demo.test/balance")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var admin = await _app.MemberIdAsync(DemoProgram.AdminEmail);
        var key = await _app.ServiceAsync<Core.Sales.ApiKeys, string>(k => k.CreateAsync(admin, "Kasir test", default));
        (await Api(key).GetAsync("/api/v1/members/staff@demo.test/balance")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = await _app.DbAsync(db => db.ApiClients.Where(c => c.Name == "Kasir test").Select(c => c.Id).SingleAsync());

        await _app.ServiceAsync<Core.Sales.ApiKeys, bool>(async k => { await k.RevokeAsync(admin, id, default); return true; });

        (await Api(key).GetAsync("/api/v1/members/staff@demo.test/balance")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _app.DbAsync(db => db.ApiClients.Where(c => c.Id == id).Select(c => c.KeyHash).SingleAsync())).ShouldNotContain(key);
    }

    [Fact]
    public async Task The_balance_look_up_gives_balance_tier_and_the_next_expiry()
    {
        var response = await Api().GetAsync("/api/v1/members/0812-0000-2026/balance");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("balance").GetInt32().ShouldBe(await _app.BalanceAsync(await _app.MemberIdAsync(DemoProgram.StaffEmail)));
        body.GetProperty("tier").GetString().ShouldBe("Silver");
        body.GetProperty("expiringNext").GetProperty("points").GetInt32().ShouldBe(800);
        (await Api().GetAsync("/api/v1/members/nobody@demo.test/balance")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Trait("Database", "Postgres")]
public sealed class PostgresSalesApiTests(PostgresApp app) : SalesApiContract(app), IClassFixture<PostgresApp>;

public class SalesApiRateLimitTests(SalesApiRateLimitTests.LimitedApp app) : IClassFixture<SalesApiRateLimitTests.LimitedApp>
{
    public sealed class LimitedApp() : ArenaApp(DatabaseProvider.Sqlite)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:ApiPerMinute"] = "3" };
    }

    [Fact]
    public async Task Each_key_is_rate_limited_with_429()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoProgram.ApiKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.GetAsync("/api/v1/members/staff@demo.test/balance")).StatusCode);

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
    }
}
