using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LoyaltyArena.Web.Email;

/// <summary>One email ready to leave. <see cref="MessageId"/> is the same on every attempt, so a resend is recognisably the same message.</summary>
public sealed record EmailMessage(string To, string Subject, string Html, string Text, string MessageId)
{
    /// <summary>A marketing mail's one-click unsubscribe link (RFC 8058); receipts and security mail have none.</summary>
    public string? Unsubscribe { get; init; }
}

/// <summary>The seam for mail transport: the outbox opens one session per batch and sends through it.</summary>
public interface IEmailSender
{
    Task<IEmailSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>One connection to the mail server (for SMTP), kept open while a batch is sent.</summary>
public interface IEmailSession : IAsyncDisposable
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>How the connection to the SMTP server is secured; the names are MailKit's <see cref="SecureSocketOptions"/>.</summary>
public enum SmtpSecurity
{
    None,
    Auto,
    StartTls,
    StartTlsWhenAvailable,
    SslOnConnect,
}

/// <summary>Configuration section "Smtp". Without a Host, mail is written as .eml files to App_Data/mail.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "LoyaltyArena <no-reply@loyaltyarena.local>";

    /// <summary>Kept for older settings: true means <see cref="SmtpSecurity.StartTls"/>.</summary>
    public bool UseStartTls { get; set; }

    /// <summary>Unset: StartTls when <see cref="UseStartTls"/>, otherwise MailKit's Auto (TLS on 465, STARTTLS when offered).</summary>
    public SmtpSecurity? Security { get; set; }

    public string PickupDirectory { get; set; } = "App_Data/mail";
    public int TimeoutSeconds { get; set; } = 15;

    public SecureSocketOptions SocketOptions => (Security ?? (UseStartTls ? SmtpSecurity.StartTls : SmtpSecurity.Auto)) switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

internal static class MimeMessages
{
    /// <summary>Plain text and HTML as multipart/alternative, so every mail client shows something readable.</summary>
    public static MimeMessage Create(EmailMessage message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = message.MessageId };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();
        if (message.Unsubscribe is { } unsubscribe)
        {
            // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link, no sign-in needed.
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }
}

/// <summary>Sends through an SMTP server with MailKit: one connection per batch, opened at the first message.</summary>
public sealed class SmtpEmailSender(SmtpOptions options) : IEmailSender
{
    public Task<IEmailSession> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IEmailSession>(new Session(options));

    private sealed class Session(SmtpOptions options) : IEmailSession
    {
        private readonly SmtpClient _client = new() { Timeout = options.TimeoutSeconds * 1000 };

        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (!_client.IsConnected)
            {
                await _client.ConnectAsync(options.Host!, options.Port, options.SocketOptions, cancellationToken);
                if (!string.IsNullOrEmpty(options.User)) await _client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
            }
            await _client.SendAsync(MimeMessages.Create(message, options.From), cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_client.IsConnected) await _client.DisconnectAsync(quit: true);
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                // Every message was handed over already; a server that drops the connection at QUIT loses nothing.
            }
            _client.Dispose();
        }
    }
}

/// <summary>Writes each message as an .eml file named by its Message-ID (a resend replaces the file).</summary>
public sealed class PickupDirectoryEmailSender(string directory, string from) : IEmailSender
{
    public Task<IEmailSession> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IEmailSession>(new Session(directory, from));

    private sealed class Session(string directory, string from) : IEmailSession
    {
        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(directory);
            var name = string.Concat(message.MessageId.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".eml";
            // Written aside and then renamed, so whatever picks the folder up never reads half a message.
            var partial = Path.Combine(directory, name + ".partial");
            await MimeMessages.Create(message, from).WriteToAsync(partial, cancellationToken);
            File.Move(partial, Path.Combine(directory, name), overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
