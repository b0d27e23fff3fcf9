using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Htmx;

/// <summary>Names of the browser events that make fragments re-fetch themselves (see wwwroot/js/site.js).</summary>
public static class HxEvents
{
    public const string PointsChanged = "arena:points";
    public const string BoardChanged = "arena:board";
    public const string RewardsChanged = "arena:rewards";
    public const string NoticesChanged = "arena:notices";
    public const string LiveQuizChanged = "arena:live";

    /// <summary>Raised by the page when a live board move crossed the points of the member's own board window.</summary>
    public const string Overtaken = "arena:overtaken";

    /// <summary>Raised on Home when a move on the weekly board crossed the member's own points.</summary>
    public const string RankMoved = "arena:rank";

    /// <summary>hx-trigger value for an element that refreshes when the event reaches the body.</summary>
    public static string From(string eventName) => $"{eventName} from:body";
}

public static class HtmxExtensions
{
    public static bool IsHtmx(this HttpRequest request) => request.Headers.ContainsKey("HX-Request");

    /// <summary>The same partial serves the first paint (inside the page) and every htmx swap.</summary>
    public static IActionResult PartialOrPage(this PageModel page, string partialName, object model) =>
        page.Request.IsHtmx() ? page.Partial(partialName, model) : page.Page();

    /// <summary>One URL answers with a page or a fragment, so caches must key on HX-Request.</summary>
    public static IApplicationBuilder UseHtmxVary(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
                context.Response.Headers.Append("Vary", "HX-Request");
            return Task.CompletedTask;
        });
        return next();
    });
}
