using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public sealed record DirectoryRow(int Id, string DisplayName, string? Email, string? PhoneNumber, string Store, string Region, int Balance);

/// <summary>Finding a member in Studio by name, email, phone or referral code.</summary>
public sealed class MemberDirectory(ArenaDbContext db)
{
    public async Task<IReadOnlyList<DirectoryRow>> SearchAsync(string? query, int take, CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            var upper = q.ToUpperInvariant();
            var phone = PhoneNumbers.LooksLikePhone(q) ? PhoneNumbers.Normalize(q) : null;
            members = members.Where(m => m.DisplayName.ToUpper().Contains(upper) || m.NormalizedEmail!.Contains(upper)
                || m.ReferralCode == upper || (phone != null && m.PhoneNumber == phone));
        }
        return await members.OrderBy(m => m.DisplayName).Take(take)
            .Select(m => new DirectoryRow(m.Id, m.DisplayName, m.Email, m.PhoneNumber, m.Partner!.Name, m.Partner.Region,
                db.Wallets.Where(w => w.MemberId == m.Id).Select(w => w.Balance).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public async Task<DirectoryRow?> FindAsync(int memberId, CancellationToken cancellationToken) =>
        (await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new DirectoryRow(m.Id, m.DisplayName, m.Email, m.PhoneNumber, m.Partner!.Name, m.Partner.Region,
                db.Wallets.Where(w => w.MemberId == m.Id).Select(w => w.Balance).FirstOrDefault()))
            .ToListAsync(cancellationToken)).FirstOrDefault();
}
