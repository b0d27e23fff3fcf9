
namespace LoyaltyArena.Core.Sales;

/// <summary>A system allowed to post sales. Only a hash of its key is stored; the key is shown once.</summary>
public sealed class ApiClient
{
    private ApiClient() { }

    public ApiClient(string name, string key, DateTime createdAt)
    {
        Name = name.Trim();
        KeyHash = Hash(key);
        KeyHint = key.Length > 8 ? key[..6] + "…" : "…";
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string KeyHash { get; private set; } = "";

    /// <summary>The first characters, so an admin can tell keys apart without seeing them.</summary>
    public string KeyHint { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public void Revoke(DateTime at) => RevokedAt ??= at;

    public static string Hash(string key) => Common.SecretTokens.Hash(key);

    /// <summary>256 bits from the system's CSPRNG, URL-safe.</summary>
    public static string NewKey() => "la_" + Common.SecretTokens.New();
}
