using System.Globalization;
using System.Text.Json;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Email;

public sealed record RenderedEmail(string Subject, string Html);

/// <summary>Renders an outbox message with its Razor template (Email/Templates), in the member's language.</summary>
public sealed class EmailRenderer(IRazorViewEngine engine, ITempDataProvider tempData, IServiceProvider services, IOptions<ProgramSettings> program)
{
    public const string SubjectKey = "Subject";

    public async Task<RenderedEmail> RenderAsync(OutboxMessage message)
    {
        var (path, model) = message.Template switch
        {
            EmailTemplates.RedemptionReceipt => ("/Email/Templates/RedemptionReceipt.cshtml", (object?)JsonSerializer.Deserialize<RedemptionReceipt>(message.PayloadJson)),
            EmailTemplates.FulfilmentUpdate => ("/Email/Templates/FulfilmentUpdate.cshtml", JsonSerializer.Deserialize<FulfilmentUpdateEmail>(message.PayloadJson)),
            EmailTemplates.TierChanged => ("/Email/Templates/TierChanged.cshtml", JsonSerializer.Deserialize<Core.Tiers.TierChangedEmail>(message.PayloadJson)),
            EmailTemplates.ExpiryReminder => ("/Email/Templates/ExpiryReminder.cshtml", JsonSerializer.Deserialize<Core.Ledger.ExpiryReminderEmail>(message.PayloadJson)),
            _ => throw new InvalidOperationException($"No email template named '{message.Template}'."),
        };

        var culture = CultureInfo.GetCultureInfo(LocalizationSetup.CultureFor(message.Language, program.Value));
        var (previousCulture, previousUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            var http = new DefaultHttpContext { RequestServices = services };
            var actionContext = new ActionContext(http, new Microsoft.AspNetCore.Routing.RouteData(), new ActionDescriptor());
            var view = engine.GetView(executingFilePath: null, viewPath: path, isMainPage: true);
            if (!view.Success) throw new InvalidOperationException($"Email template {path} was not found.");

            await using var writer = new StringWriter(CultureInfo.InvariantCulture);
            var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
            var context = new ViewContext(actionContext, view.View, viewData, new TempDataDictionary(http, tempData), writer, new HtmlHelperOptions());
            await view.View.RenderAsync(context);
            return new RenderedEmail(viewData[SubjectKey] as string ?? program.Value.Name, writer.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUiCulture;
        }
    }
}
