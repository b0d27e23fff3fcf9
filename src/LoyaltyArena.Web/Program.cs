using LoyaltyArena.Core;
using LoyaltyArena.Web;
using LoyaltyArena.Web.Api;
using LoyaltyArena.Web.Live;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = ArenaHosting.FindWebRoot(args) });

builder.Services.AddArenaCore();
builder.Services.AddArenaWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.MigrateDatabaseAsync();
    return;
}
if (args.Contains(FirstAdmin.Command))
{
    await app.PrepareDatabaseAsync(adviseWhenEmpty: false);
    Environment.ExitCode = await FirstAdmin.CreateAsync(app);
    return;
}

app.UseArenaPipeline();
app.MapArenaPages();
app.MapArenaApi();
app.MapHub<ArenaHub>(ArenaHub.Url);
app.MapArenaHealth();

await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;
