using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public sealed record MemberCard(int Id, string DisplayName, string Store, string Region, int Balance, int LifetimeEarned);

public sealed class MemberSummary(ArenaDbContext db)
{
    public Task<MemberCard?> GetAsync(int memberId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new MemberCard(m.Id, m.DisplayName, m.Partner!.Name, m.Partner.Region,
                db.Wallets.Where(w => w.MemberId == m.Id).Select(w => w.Balance).FirstOrDefault(),
                db.Wallets.Where(w => w.MemberId == m.Id).Select(w => w.LifetimeEarned).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
}
