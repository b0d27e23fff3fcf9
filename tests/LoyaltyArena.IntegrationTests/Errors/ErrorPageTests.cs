using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Errors;

/// <summary>What every kind of caller sees when the server fails: a page or problem details, never an empty 500.</summary>
public sealed class ErrorPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// <summary>A real failure inside the app: the wallets table is gone while the test runs.</summary>
    private async Task WithWalletsBrokenAsync(Func<Task> act)
    {
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Wallets\" RENAME TO \"WalletsAway\""));
        try
        {
            await act();
        }
        finally
        {
            await app.DbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"WalletsAway\" RENAME TO \"Wallets\""));
        }
    }

    [Fact]
    public async Task An_api_caller_gets_problem_details_in_its_language_when_the_server_fails()
    {
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", DemoProgram.ApiKey);
        HttpResponseMessage english = null!, bahasa = null!;

        await WithWalletsBrokenAsync(async () =>
        {
            english = await api.GetAsync($"/api/v1/members/{DemoProgram.StaffEmail}/balance");
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/members/{DemoProgram.StaffEmail}/balance");
            request.Headers.AcceptLanguage.ParseAdd("id-ID");
            bahasa = await api.SendAsync(request);
        });

        english.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        english.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await english.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(500);
        problem.GetProperty("title").GetString().ShouldBe("Something went wrong on the server; nothing was changed. Try again later.");
        (await bahasa.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!.ShouldStartWith("Terjadi kesalahan di server");
        (await english.Content.ReadAsStringAsync()).ShouldNotContain("Exception");
    }

    [Fact]
    public async Task An_unknown_api_address_answers_problem_details_not_a_web_page()
    {
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", DemoProgram.ApiKey);

        var response = await api.GetAsync("/api/v1/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("This API address does not exist");
    }

    [Fact]
    public async Task A_signed_in_member_gets_the_friendly_error_page_even_when_the_database_is_what_failed()
    {
        using var member = await app.SignInAsync(DemoProgram.StaffEmail);
        HttpResponseMessage response = null!;

        await WithWalletsBrokenAsync(async () => response = await member.Client.GetAsync("/"));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Ada yang tidak beres");
        html.ShouldContain("Poin dan hadiah kamu aman");
        html.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task The_error_page_renders_for_an_anonymous_visitor_and_a_member()
    {
        using var member = await app.SignInAsync(DemoProgram.StaffEmail);
        var anonymous = app.Anonymous();

        foreach (var client in new[] { member.Client, anonymous.Client })
        {
            var response = await client.GetAsync("/Status/500");
            (await response.Content.ReadAsStringAsync()).ShouldContain("Ada yang tidak beres");
        }
    }

    [Fact]
    public async Task A_write_the_database_keeps_refusing_as_a_deadlock_ends_as_busy_after_its_retries_and_changes_nothing()
    {
        var member = await app.NewStaffAsync(0);
        var tries = 0;
        await using var scope = app.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<PointsLedger>();

        var busy = await Should.ThrowAsync<BusyException>(() => scope.ServiceProvider.GetRequiredService<ArenaTransactions>().WriteAsync<Done<bool>>(async ct =>
        {
            tries++;
            await ledger.AppendAsync(Posting.Earn(member, 100, "test", $"busy-{tries}", LedgerReasons.Welcome, null), ct);
            throw new Npgsql.PostgresException("deadlock detected", "ERROR", "ERROR", Npgsql.PostgresErrorCodes.DeadlockDetected);
        }, default));

        tries.ShouldBe(ArenaTransactions.Attempts);
        busy.InnerException.ShouldBeOfType<Npgsql.PostgresException>();
        (await app.BalanceAsync(member)).ShouldBe(0);
    }

    [Fact]
    public async Task A_write_that_met_a_deadlock_once_is_run_again_and_succeeds()
    {
        var member = await app.NewStaffAsync(0);
        var tries = 0;

        await app.ServiceAsync<ArenaTransactions, Done<bool>>(t => t.WriteAsync(async ct =>
        {
            if (++tries == 1) throw new Npgsql.PostgresException("deadlock detected", "ERROR", "ERROR", Npgsql.PostgresErrorCodes.DeadlockDetected);
            await Task.Yield();
            return new Done<bool>(true);
        }, default));

        tries.ShouldBe(2);
    }
}
