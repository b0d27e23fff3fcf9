using LoyaltyArena.Core.Common;
using LoyaltyArena.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Errors;

/// <summary>
/// What a caller sees when something fails: a page in the member's language, or RFC 7807 problem details for
/// the API; never an empty body and never the inside of the server. A write the database stayed too contended
/// to finish (after its retries) is a 503 with Retry-After: nothing changed, and trying again is safe.
/// </summary>
public static class ErrorResponses
{
    public const string RetryAfterSeconds = "2";

    public static bool IsApi(this HttpRequest request) => IsApi(request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    /// <summary>Too busy rather than broken: the work can be tried again as it was.</summary>
    public static bool IsBusy(Exception ex) =>
        ex is BusyException || Contention.IsTransient(ex)
        || ex is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.TooManyConnections }
        || ex is Npgsql.NpgsqlException { InnerException: TimeoutException } // the pool stayed exhausted
        || ex.InnerException is { } inner && IsBusy(inner);

    public static IServiceCollection AddArenaErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    public static WebApplication UseArenaErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Status/500",
            StatusCodeSelector = ex => ex is NotFoundException ? StatusCodes.Status404NotFound
                : IsBusy(ex) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            // An id that names nothing is the caller's mistake, not the server's: no error in the log.
            SuppressDiagnosticsCallback = context => context.Exception is NotFoundException,
        });
        app.UseWhen(c => c.Request.IsApi(), api => api.UseStatusCodePages(async status =>
        {
            var http = status.HttpContext;
            var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            await WriteProblemAsync(http, http.Response.StatusCode, text);
        }));
        app.UseWhen(c => !c.Request.IsApi(), pages => pages.UseStatusCodePagesWithReExecute("/Status/{0}"));
        return app;
    }

    internal static Task WriteProblemAsync(HttpContext http, int status, IStringLocalizer<SharedResource> text)
    {
        if (status == StatusCodes.Status503ServiceUnavailable) http.Response.Headers.RetryAfter = RetryAfterSeconds;
        Api.ArenaApi.UseCallerLanguage(http.Request);
        var key = status switch { 404 => "Api.Problem.404", 405 => "Api.Problem.405", 413 => "Api.Problem.413", 415 => "Api.Problem.415", 503 => "Api.Problem.503", _ => "Api.Problem.500" };
        return Results.Problem(statusCode: status, title: text[key]).ExecuteAsync(http);
    }

    /// <summary>The API's failures as problem details, in the language the caller asked for.</summary>
    private sealed class ApiExceptionHandler(IStringLocalizer<SharedResource> text) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
        {
            // By now the request carries the error page's path; the feature keeps the one that failed.
            if (!IsApi(http.Features.Get<IExceptionHandlerFeature>()?.Path ?? http.Request.Path)) return false;
            await WriteProblemAsync(http, http.Response.StatusCode, text);
            return true;
        }
    }
}
