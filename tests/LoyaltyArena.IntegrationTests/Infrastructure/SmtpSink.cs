using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace LoyaltyArena.IntegrationTests.Infrastructure;

/// <summary>A real SMTP server (Debian's python3-aiosmtpd) on 127.0.0.1 that stores what it receives in a maildir.</summary>
public sealed partial class SmtpSink : IDisposable
{
    private Process? _process;
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), "arena-smtp", Guid.NewGuid().ToString("N"));

    public int Port { get; } = FreePort();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task StartAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_maildir)!);
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        _process = Process.Start(new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("Could not start aiosmtpd (apt-get install python3-aiosmtpd).");
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (_process.HasExited) throw new InvalidOperationException("aiosmtpd exited: " + await _process.StandardError.ReadToEndAsync());
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not start listening.");
    }

    public void Stop()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    /// <summary>Every received message, with quoted-printable soft line breaks undone.</summary>
    public IReadOnlyList<string> Messages()
    {
        var folder = Path.Combine(_maildir, "new");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder).Select(f => SoftBreak().Replace(File.ReadAllText(f), "")).ToList();
    }

    /// <summary>Every received message as MIME, for its headers and parts.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> MimeMessages()
    {
        var folder = Path.Combine(_maildir, "new");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder).Select(f => MimeKit.MimeMessage.Load(f)).ToList();
    }

    /// <summary>Waits until <paramref name="count"/> messages whose text contains <paramref name="text"/> have arrived.</summary>
    public async Task<IReadOnlyList<MimeKit.MimeMessage>> WaitForMimeAsync(string text, TimeSpan timeout, int count = 1)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = MimeMessages().Where(m => (m.TextBody ?? "").Contains(text, StringComparison.Ordinal)).ToList();
            if (found.Count >= count) return found;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{found.Count} of {count} messages containing '{text}' arrived within {timeout}.");
            await Task.Delay(100);
        }
    }

    public async Task<string> WaitForMessageContainingAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Messages().FirstOrDefault(m => m.Contains(text, StringComparison.Ordinal)) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No message containing '{text}' arrived within {timeout}.");
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(_maildir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex("=\r?\n")]
    private static partial Regex SoftBreak();
}
