using System.Diagnostics;
using LoyaltyArena.Core.Data;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Account;

/// <summary>A real program's first start: no demo accounts, no demo API key, and a command that makes the first admin.</summary>
public sealed class FirstAdminTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "arena-first-admin", Guid.NewGuid().ToString("N"));
    private string Database => Path.Combine(_folder, "arena.db");

    /// <summary>The app as a deployment starts it: no Seed:Demo anywhere, not a developer's machine.</summary>
    private sealed class ProductionApp(string connectionString) : ArenaApp(DatabaseProvider.Sqlite)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Seed:Demo"] = "",
            ["ConnectionStrings:Arena"] = connectionString,
        };
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] args)
    {
        var web = Path.Combine(AppContext.BaseDirectory, "LoyaltyArena.Web.dll");
        var start = new ProcessStartInfo("dotnet", [web, .. args, $"--ConnectionStrings:Arena=Data Source={Database}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = _folder,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ARENA_ADMIN_PASSWORD"] = "Pertama!2026";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task A_production_start_seeds_no_demo_and_create_admin_makes_the_first_admin_who_can_open_studio()
    {
        await using (var empty = new ProductionApp($"Data Source={Database}"))
        {
            await ((IAsyncLifetime)empty).InitializeAsync();
            (await empty.DbAsync(db => db.Members.CountAsync())).ShouldBe(0);
            (await empty.DbAsync(db => db.ApiClients.CountAsync())).ShouldBe(0);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (exit, output) = await RunCommandAsync("create-admin", "--email", "rina@brand.example", "--name", "Rina Kusuma");

        exit.ShouldBe(0, output);
        await using var app = new ProductionApp($"Data Source={Database}");
        await ((IAsyncLifetime)app).InitializeAsync();
        using var admin = await app.SignInAsync("rina@brand.example", "Pertama!2026");
        (await admin.GetHtmlAsync("/Studio/ApiKeys")).ShouldContain("API");
        (await app.DbAsync(db => db.Members.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Create_admin_without_an_email_explains_how_to_call_it()
    {
        var (exit, output) = await RunCommandAsync("create-admin");

        exit.ShouldBe(2);
        output.ShouldContain("Usage: create-admin --email");
    }
}
