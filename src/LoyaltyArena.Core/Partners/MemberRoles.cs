using LoyaltyArena.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

/// <summary>A member's one role, kept in Identity's role table so sign-in claims and policies read it as before.</summary>
public static class MemberRoles
{
    public static async Task SetAsync(ArenaDbContext db, int memberId, string role, CancellationToken ct)
    {
        var normalized = role.ToUpperInvariant();
        var roleId = await db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id).FirstOrDefaultAsync(ct);
        if (roleId == 0)
        {
            var created = new IdentityRole<int>(role) { NormalizedName = normalized, ConcurrencyStamp = Guid.NewGuid().ToString() };
            db.Roles.Add(created);
            await db.SaveChangesAsync(ct);
            roleId = created.Id;
        }
        await db.UserRoles.Where(r => r.UserId == memberId && r.RoleId != roleId).ExecuteDeleteAsync(ct);
        if (!await db.UserRoles.AnyAsync(r => r.UserId == memberId && r.RoleId == roleId, ct))
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = memberId, RoleId = roleId });
    }

    /// <summary>Every role's id by name, creating the ones a fresh database does not have yet.</summary>
    public static async Task<Dictionary<string, int>> IdsAsync(ArenaDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name!).ToListAsync(ct);
        foreach (var role in Roles.All.Except(existing))
            db.Roles.Add(new IdentityRole<int>(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        await db.SaveChangesAsync(ct);
        return await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
    }

    public static IQueryable<string> Of(ArenaDbContext db, int memberId) =>
        db.UserRoles.Where(r => r.UserId == memberId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!);

    /// <summary>Roles a marketer can give in Studio or an import; Studio roles are given by an admin's own command.</summary>
    public static readonly IReadOnlyList<string> PartnerRoles = [Roles.Staff, Roles.Owner];

    /// <summary>"Staff"/"Staf", "Owner"/"Pemilik", any case.</summary>
    public static string? Parse(string? written) => written?.Trim().ToUpperInvariant() switch
    {
        "STAFF" or "STAF" or "" or null => Roles.Staff,
        "OWNER" or "PEMILIK" => Roles.Owner,
        _ => null,
    };
}

public static class ReferralCodes
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Up to four letters of the name and five random characters: readable on a WhatsApp share ("SARI7K3MP").</summary>
    public static string New(string name)
    {
        var letters = string.Concat(name.Where(char.IsAsciiLetter).Take(4)).ToUpperInvariant();
        var tail = string.Concat(Enumerable.Range(0, 5).Select(_ => Alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(Alphabet.Length)]));
        return (letters.Length == 0 ? "ARENA" : letters) + tail;
    }
}
