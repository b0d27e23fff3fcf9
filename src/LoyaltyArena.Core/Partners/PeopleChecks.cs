using LoyaltyArena.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public sealed record PartnerInput(string? Name, PartnerKind Kind, string? Region, string? City, StoreSize? Size, string? Code, int? ParentId);

public sealed record MemberInput(string? Name, string? Phone, string? Email, int PartnerId, string? Role, string? Language);

/// <summary>What a store or a person must look like, the same in Studio, in an import and on the join page.</summary>
public static class PeopleChecks
{
    public const int NameLength = 100;

    public static List<Problem> Partner(PartnerInput input)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 120) problems.Add(new("name", "People.NameRequired"));
        if (!Enum.IsDefined(input.Kind) || input.Kind == PartnerKind.Brand) problems.Add(new("kind", "People.KindInvalid"));
        if (string.IsNullOrWhiteSpace(input.Region) || input.Region.Trim().Length > 80) problems.Add(new("region", "People.RegionRequired"));
        if (input.City is { Length: > 80 }) problems.Add(new("city", "People.CityTooLong"));
        if (input.Size is { } size && !Enum.IsDefined(size)) problems.Add(new("size", "People.SizeInvalid"));
        if (input.Code is { } code && (code.Trim().Length is 0 or > 32 || !code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            problems.Add(new("code", "People.CodeInvalid"));
        return problems;
    }

    public static List<Problem> Member(MemberInput input)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > NameLength) problems.Add(new("name", "People.NameRequired"));
        if (!PhoneNumbers.IsValid(input.Phone)) problems.Add(new("phone", "People.PhoneInvalid"));
        if (!string.IsNullOrWhiteSpace(input.Email) && !IsEmail(input.Email)) problems.Add(new("email", "People.EmailInvalid"));
        if (MemberRoles.Parse(input.Role) is null) problems.Add(new("role", "People.RoleInvalid"));
        if (input.Language is { Length: > 0 } language && Languages.Normalize(language) != language.Trim().ToLowerInvariant()) problems.Add(new("language", "People.LanguageInvalid"));
        return problems;
    }

    /// <summary>A phone or an email that already belongs to another member (both are unique in the database as well).</summary>
    public static async Task<Problem?> TakenAsync(Data.ArenaDbContext db, string phone, string? email, int? exceptId, CancellationToken ct)
    {
        if (await db.Members.AnyAsync(m => m.PhoneNumber == phone && m.Id != (exceptId ?? 0), ct)) return new("phone", "People.PhoneTaken");
        var normalized = email?.Trim().ToUpperInvariant();
        if (normalized is not null && await db.Members.AnyAsync(m => m.NormalizedEmail == normalized && m.Id != (exceptId ?? 0), ct)) return new("email", "People.EmailTaken");
        return null;
    }

    /// <summary>One address, as a person types it: local@domain.tld, no spaces, one "@", a dot in the domain.</summary>
    public static bool IsEmail(string email)
    {
        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@');
        if (trimmed.Length is < 3 or > 256 || at <= 0 || at != trimmed.LastIndexOf('@') || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return false;
        var domain = trimmed[(at + 1)..];
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal)
            && domain.All(c => char.IsLetterOrDigit(c) || c is '.' or '-');
    }

    /// <summary>"Distributor", "Retailer"/"Pengecer"/"Grosir", "Store"/"Toko", any case.</summary>
    public static PartnerKind? ParseKind(string? written) => written?.Trim().ToUpperInvariant() switch
    {
        "DISTRIBUTOR" => PartnerKind.Distributor,
        "RETAILER" or "PENGECER" or "GROSIR" => PartnerKind.Retailer,
        "STORE" or "TOKO" or "" or null => PartnerKind.Store,
        _ => null,
    };

    /// <summary>"Small"/"Kecil", "Medium"/"Sedang", "Large"/"Besar"; empty is no size.</summary>
    public static (bool Ok, StoreSize? Size) ParseSize(string? written) => written?.Trim().ToUpperInvariant() switch
    {
        "" or null => (true, null),
        "SMALL" or "KECIL" => (true, StoreSize.Small),
        "MEDIUM" or "SEDANG" => (true, StoreSize.Medium),
        "LARGE" or "BESAR" => (true, StoreSize.Large),
        _ => (false, null),
    };
}
