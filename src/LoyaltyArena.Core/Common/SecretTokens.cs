using System.Security.Cryptography;
using System.Text;

namespace LoyaltyArena.Core.Common;

/// <summary>
/// Random bearer tokens (emailed links, API keys, a shared phone's cookie): 256 bits, URL-safe. Only their SHA-256 is
/// stored, so a copy of the database opens nothing.
/// </summary>
public static class SecretTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
