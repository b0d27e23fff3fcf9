using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LoyaltyArena.Web.Live;

/// <summary>What a view rendered, and the view data it left (an email template sets its subject there).</summary>
public sealed record RenderedView(string Html, ViewDataDictionary ViewData);

/// <summary>
/// Renders a Razor view outside a request, in a given language, with the same markup a page renders inside one:
/// a board's rows for a live push, an email template for the outbox.
/// </summary>
public sealed class FragmentRenderer(IRazorViewEngine views, ITempDataProvider tempData)
{
    public async Task<string> RenderAsync(IServiceProvider services, string path, object model, CultureInfo culture) =>
        (await RenderViewAsync(services, path, model, culture)).Html;

    public async Task<RenderedView> RenderViewAsync(IServiceProvider services, string path, object? model, CultureInfo culture,
        IReadOnlyDictionary<string, object?>? data = null, bool mainPage = false)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        var action = new ActionContext(http, new Microsoft.AspNetCore.Routing.RouteData(), new ActionDescriptor());
        var view = views.GetView(executingFilePath: null, path, isMainPage: mainPage).View
            ?? throw new InvalidOperationException($"No view at {path}.");
        await using var output = new StringWriter(CultureInfo.InvariantCulture);
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        foreach (var (key, value) in data ?? new Dictionary<string, object?>()) viewData[key] = value;
        var context = new ViewContext(action, view, viewData, new TempDataDictionary(http, tempData), output, new HtmlHelperOptions());
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            await view.RenderAsync(context);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
        // The view works on its own typed copy of the view data (context.ViewData after rendering), not on viewData.
        return new RenderedView(output.ToString(), context.ViewData);
    }
}
