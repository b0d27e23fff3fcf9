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
        var rendered = await renderer.RenderViewAsync(services, path, model, culture, new Dictionary<string, object?> { [UnsubscribeKey] = unsubscribe }, mainPage: true);
        return new RenderedEmail(rendered.ViewData[SubjectKey] as string ?? program.Value.Name, rendered.Html, EmailText.FromHtml(rendered.Html))
        {
            Marketing = marketing, Unsubscribe = unsubscribe,
        };
    }
}
