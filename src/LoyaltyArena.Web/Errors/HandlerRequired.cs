using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LoyaltyArena.Web.Errors;

/// <summary>
/// A POST (or TRACE, PUT...) to a page that has no handler for it answers 405. Left alone, Razor Pages renders
/// such a page without running any handler, with its model never loaded.
/// </summary>
public sealed class HandlerRequired : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        // The error page itself answers whatever method failed (it is re-executed with it).
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && context.HandlerInstance is not Pages.StatusModel)
        {
            context.HttpContext.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}
