using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web;

/// <summary>
/// The "create-admin" command: the first account of a real (not demo) program.
/// <c>create-admin --email x@brand.co.id --name "Nama"</c>; the password comes from ARENA_ADMIN_PASSWORD or is
/// read from standard input, so it never sits in the shell history or the process list.
/// </summary>
public static partial class FirstAdmin
{
    public const string Command = "create-admin";
    public const string PasswordVariable = "ARENA_ADMIN_PASSWORD";

    public static async Task<int> CreateAsync(WebApplication app)
    {
        var email = app.Configuration["email"];
        var name = app.Configuration["name"] ?? "Admin";
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            Console.Error.WriteLine($"Usage: {Command} --email admin@brand.example --name \"Full Name\" (password from {PasswordVariable} or standard input)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.Write("Password for the new admin: ");
            password = Console.ReadLine() ?? "";
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ArenaDbContext>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole<int>>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
            await roles.CreateAsync(new IdentityRole<int>(role));

        var brand = await db.Partners.FirstOrDefaultAsync(p => p.Kind == PartnerKind.Brand);
        if (brand is null)
        {
            brand = new Partner(services.GetRequiredService<IOptions<ProgramSettings>>().Value.Name, PartnerKind.Brand, "Nasional");
            db.Partners.Add(brand);
            await db.SaveChangesAsync();
        }

        var users = services.GetRequiredService<UserManager<Member>>();
        var code = "ADM" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
        var admin = new Member(name.Trim(), email.Trim(), null, brand.Id, code, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)
        {
            UserName = email.Trim(),
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) Console.Error.WriteLine(error.Description);
            return 1;
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
        LogCreated(app.Logger, admin.Email!);
        return 0;
    }

    /// <summary>Said at start while nobody can sign in yet, so the person deploying knows the next step.</summary>
    public static async Task AdviseWhenEmptyAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<ArenaDbContext>().Members.AnyAsync())
            LogNoAccounts(app.Logger, Command, PasswordVariable);
    }

    [LoggerMessage(LogLevel.Information, "Admin {Email} created; sign in and open Studio.")]
    private static partial void LogCreated(ILogger logger, string email);

    [LoggerMessage(LogLevel.Warning, "Nobody can sign in yet. Create the first admin: dotnet LoyaltyArena.Web.dll {Command} --email you@brand.example --name \"Your Name\" " +
        "(the password is read from {Variable} or typed). For a demo program instead, start with --Seed:Demo=true.")]
    private static partial void LogNoAccounts(ILogger logger, string command, string variable);
}
