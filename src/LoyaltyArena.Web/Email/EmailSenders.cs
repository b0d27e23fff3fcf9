using System.Net;
using System.Net.Mail;
using System.Net.Mime;

namespace LoyaltyArena.Web.Email;

public sealed record EmailMessage(string To, string Subject, string Html);

/// <summary>The seam for mail transport; swap the implementation (e.g. for MailKit) without touching the outbox.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Configuration section "Smtp". Without a Host, mail is written as .eml files to App_Data/mail.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "LoyaltyArena <no-reply@loyaltyarena.local>";
    public bool UseStartTls { get; set; }
    public string PickupDirectory { get; set; } = "App_Data/mail";
    public int TimeoutSeconds { get; set; } = 15;
}

internal static class MailMessages
{
    public static MailMessage Create(EmailMessage message, string from)
    {
        var mail = new MailMessage(new MailAddress(from), new MailAddress(message.To))
        {
            Subject = message.Subject,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        var html = AlternateView.CreateAlternateViewFromString(message.Html, System.Text.Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.QuotedPrintable;
        mail.AlternateViews.Add(html);
        return mail;
    }
}

public sealed class SmtpEmailSender(SmtpOptions options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        // SmtpClient is not thread-safe and holds no useful pool: one per message.
        using var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.UseStartTls,
            Timeout = options.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(options.User)) client.Credentials = new NetworkCredential(options.User, options.Password);
        using var mail = MailMessages.Create(message, options.From);
        await client.SendMailAsync(mail, cancellationToken);
    }
}

public sealed class PickupDirectoryEmailSender(string directory, string from) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = directory };
        using var mail = MailMessages.Create(message, from);
        await client.SendMailAsync(mail, cancellationToken);
    }
}
