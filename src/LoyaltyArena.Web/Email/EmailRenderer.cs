using System.Globalization;
using System.Text.Json;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Web.Localization;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Email;

/// <summary>A rendered email; a marketing one names its member and kind, and carries its one-click unsubscribe link.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text)
{
    public (int MemberId, MailKind Kind)? Marketing { get; init; }
    public string? Unsubscribe { get; init; }
}

/// <summary>Renders an outbox message with its Razor template (Email/Templates), in the member's language.</summary>
public sealed class EmailRenderer(Live.FragmentRenderer renderer, IServiceProvider services, IOptions<ProgramSettings> program, IOptions<SmtpOptions> smtp, Unsubscribes unsubscribes)
{
    public const string SubjectKey = "Subject";
    public const string UnsubscribeKey = "Unsubscribe";
    public const string KindKey = "MailKind";
    public const string AppUrlKey = "AppUrl";

    /// <summary>The same on every attempt to send one outbox row, so a resend after a crash is recognisably the same message.</summary>
    public string MessageIdOf(OutboxMessage message)
    {
        var domain = MimeKit.MailboxAddress.TryParse(smtp.Value.From, out var from) && from.Domain is { Length: > 0 } d ? d : "loyaltyarena.local";
        return $"outbox-{message.Id.ToString(CultureInfo.InvariantCulture)}.{message.CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}@{domain}";
    }

    /// <summary>Every template with the payload it reads; previews and tests walk this list.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Models = new Dictionary<string, Type>
    {
        [EmailTemplates.RedemptionReceipt] = typeof(RedemptionReceipt),
        [EmailTemplates.FulfilmentUpdate] = typeof(FulfilmentUpdateEmail),
        [EmailTemplates.TierChanged] = typeof(Core.Tiers.TierChangedEmail),
        [EmailTemplates.AccountLink] = typeof(Core.Partners.AccountLinkEmail),
        [EmailTemplates.ContestWon] = typeof(Core.Challenges.ContestWonEmail),
        [EmailTemplates.ExpiryReminder] = typeof(Core.Ledger.ExpiryReminderEmail),
        [EmailTemplates.WeeklyDigest] = typeof(DigestEmail),
        [EmailTemplates.Welcome] = typeof(WelcomeEmail),
        [EmailTemplates.Reactivation] = typeof(ReactivationEmail),
        [EmailTemplates.ContestLaunch] = typeof(ContestLaunchEmail),
        [EmailTemplates.Announcement] = typeof(AnnouncementEmail),
    };

    public Task<RenderedEmail> RenderAsync(OutboxMessage message) =>
        RenderAsync(message.Template, Models.TryGetValue(message.Template, out var type)
            ? JsonSerializer.Deserialize(message.PayloadJson, type)
            : throw new InvalidOperationException($"No email template named '{message.Template}'."), message.Language);

    /// <summary>Renders a template with its model in a language ("id", "en"): the outbox sends it, Studio previews it.</summary>
    public async Task<RenderedEmail> RenderAsync(string template, object? model, string language)
    {
        var marketing = model is IMarketingEmail m ? (m.MemberId, m.Kind) : ((int, MailKind)?)null;
        var unsubscribe = marketing is { } who ? unsubscribes.UrlFor(who.Item1, who.Item2) : null;
        var culture = CultureInfo.GetCultureInfo(LocalizationSetup.CultureFor(language, program.Value));
        var data = new Dictionary<string, object?> { [UnsubscribeKey] = unsubscribe, [KindKey] = marketing?.Item2, [AppUrlKey] = unsubscribes.BaseUrl + "/" };
        var rendered = await renderer.RenderViewAsync(services, $"/Email/Templates/{template}.cshtml", model, culture, data, mainPage: true);
        return new RenderedEmail(rendered.ViewData[SubjectKey] as string ?? program.Value.Name, rendered.Html, EmailText.FromHtml(rendered.Html))
        {
            Marketing = marketing, Unsubscribe = unsubscribe,
        };
    }
}
