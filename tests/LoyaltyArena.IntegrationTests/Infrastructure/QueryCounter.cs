using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LoyaltyArena.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands a request sends, for requests that carry <see cref="Header"/>; background work
/// (the outbox, jobs) and other requests are not counted.
/// </summary>
public sealed class QueryCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Count-Queries";

    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int CountFor(string id) => _counts.GetValueOrDefault(id);

    private void Count()
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } id) _counts.AddOrUpdate(id, 1, (_, n) => n + 1);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }
}
