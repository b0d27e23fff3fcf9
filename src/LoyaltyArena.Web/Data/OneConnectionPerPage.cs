using LoyaltyArena.Core.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Web.Data;

/// <summary>
/// On SQLite a page opens its connection once and its queries share it. Left to EF, each of the home
/// page's ~20 queries takes a connection from Microsoft.Data.Sqlite's pool and gives it back, and under
/// load a third of the CPU went to spinning on that pool's lock (dotnet-trace, tests/bench.sh P1).
/// The context closes the connection when the request's scope ends.
/// </summary>
public sealed class OneConnectionPerPage(ArenaDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (db.Database.IsSqlite()) await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        await next();
    }
}
