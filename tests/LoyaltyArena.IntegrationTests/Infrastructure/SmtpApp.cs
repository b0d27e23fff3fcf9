using LoyaltyArena.Core.Data;

namespace LoyaltyArena.IntegrationTests.Infrastructure;

/// <summary>The app sending its mail to a real SMTP server on 127.0.0.1 (see <see cref="SmtpSink"/>).</summary>
public sealed class SmtpApp(int port) : ArenaApp(DatabaseProvider.Sqlite)
{
    public const string FromAddress = "hadiah@loyaltyarena.test";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = $"LoyaltyArena <{FromAddress}>",
        ["Smtp:TimeoutSeconds"] = "3",
    };
}
