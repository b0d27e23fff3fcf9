using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LoyaltyArena.Web.Live;

/// <summary>Renders a Razor partial outside a request (for a push), with the same markup a page renders inside one.</summary>
public sealed class FragmentRenderer(IRazorViewEngine views, ITempDataProvider tempData)
{
    public async Task<string> RenderAsync(IServiceProvider services, string path, object model, CultureInfo culture)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        var action = new ActionContext(http, new Microsoft.AspNetCore.Routing.RouteData(), new ActionDescriptor());
        var view = views.GetView(executingFilePath: null, path, isMainPage: false).View
            ?? throw new InvalidOperationException($"No view at {path}.");
        await using var output = new StringWriter(CultureInfo.InvariantCulture);
        var data = new ViewDataDictionary<object>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var context = new ViewContext(action, view, data, new TempDataDictionary(http, tempData), output, new HtmlHelperOptions());
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
        return output.ToString();
    }
}
