using LoyaltyArena.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Leaderboards;

/// <summary>A member's choice to appear on boards by name or as "Staf {store} #n".</summary>
public sealed class BoardPrivacy(ArenaDbContext db)
{
    public Task<bool> IsAnonymousAsync(int memberId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => m.BoardAnonymous).SingleAsync(cancellationToken);

    public async Task SetAnonymousAsync(int memberId, bool anonymous, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
        member.ShowOnBoards(anonymous);
        await db.SaveChangesAsync(cancellationToken);
    }
}
