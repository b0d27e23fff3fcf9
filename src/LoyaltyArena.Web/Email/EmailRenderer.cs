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

/// <summary>A rendered email; a marketing one names its member and kind, and carries its one-click unsubscribe link.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text)
{
    public (int MemberId, MailKind Kind)? Marketing { get; init; }
    public string? Unsubscribe { get; init; }
}

/// <summary>Renders an outbox message with its Razor template (Email/Templates), in the member's language.</summary>
public sealed class EmailRenderer(IRazorViewEngine engine, ITempDataProvider tempData, IServiceProvider services, IOptions<ProgramSettings> program, IOptions<SmtpOptions> smtp, Unsubscribes unsubscribes)
{
    public const string SubjectKey = "Subject";
    public const string UnsubscribeKey = "Unsubscribe";

    /// <summary>The same on every attempt to send one outbox row, so a resend after a crash is recognisably the same message.</summary>
    public string MessageIdOf(OutboxMessage message)
    {
        var domain = MimeKit.MailboxAddress.TryParse(smtp.Value.From, out var from) && from.Domain is { Length: > 0 } d ? d : "loyaltyarena.local";
        return $"outbox-{message.Id.ToString(CultureInfo.InvariantCulture)}.{message.CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}@{domain}";
    }

    public async Task<RenderedEmail> RenderAsync(OutboxMessage message)
    {
        var (path, model) = message.Template switch
        {
            EmailTemplates.RedemptionReceipt => ("/Email/Templates/RedemptionReceipt.cshtml", (object?)JsonSerializer.Deserialize<RedemptionReceipt>(message.PayloadJson)),
            EmailTemplates.FulfilmentUpdate => ("/Email/Templates/FulfilmentUpdate.cshtml", JsonSerializer.Deserialize<FulfilmentUpdateEmail>(message.PayloadJson)),
            EmailTemplates.TierChanged => ("/Email/Templates/TierChanged.cshtml", JsonSerializer.Deserialize<Core.Tiers.TierChangedEmail>(message.PayloadJson)),
            EmailTemplates.AccountLink => ("/Email/Templates/AccountLink.cshtml", JsonSerializer.Deserialize<Core.Partners.AccountLinkEmail>(message.PayloadJson)),
            EmailTemplates.ContestWon => ("/Email/Templates/ContestWon.cshtml", JsonSerializer.Deserialize<Core.Challenges.ContestWonEmail>(message.PayloadJson)),
            EmailTemplates.ExpiryReminder => ("/Email/Templates/ExpiryReminder.cshtml", JsonSerializer.Deserialize<Core.Ledger.ExpiryReminderEmail>(message.PayloadJson)),
            EmailTemplates.WeeklyDigest => ("/Email/Templates/WeeklyDigest.cshtml", JsonSerializer.Deserialize<DigestEmail>(message.PayloadJson)),
            _ => throw new InvalidOperationException($"No email template named '{message.Template}'."),
        };

        var marketing = model is DigestEmail digest ? (digest.MemberId, digest.Kind) : ((int, MailKind)?)null;
        var unsubscribe = marketing is { } m ? unsubscribes.UrlFor(m.Item1, m.Item2) : null;
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
            var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model, [UnsubscribeKey] = unsubscribe };
            var context = new ViewContext(actionContext, view.View, viewData, new TempDataDictionary(http, tempData), writer, new HtmlHelperOptions());
            await view.View.RenderAsync(context);
            // The page works on its own typed copy of the view data (context.ViewData after rendering), not on viewData.
            var html = writer.ToString();
            return new RenderedEmail(context.ViewData[SubjectKey] as string ?? program.Value.Name, html, EmailText.FromHtml(html)) { Marketing = marketing, Unsubscribe = unsubscribe };
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUiCulture;
        }
    }
}
