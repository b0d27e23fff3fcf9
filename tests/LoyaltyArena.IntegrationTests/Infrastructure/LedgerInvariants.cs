using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Infrastructure;

public static class LedgerInvariants
{
    /// <summary>Every wallet's balance equals the sum of its entries and of its remaining lots, and none is negative.</summary>
    public static async Task AssertHoldAsync(ArenaApp app)
    {
        var (wallets, sums) = await app.DbAsync(async db => (
            await db.Wallets.AsNoTracking().ToDictionaryAsync(w => w.MemberId, w => w.Balance),
            await db.LedgerEntries.AsNoTracking().GroupBy(e => e.MemberId).Select(g => new { g.Key, Sum = g.Sum(e => e.Amount) }).ToDictionaryAsync(x => x.Key, x => x.Sum)));

        wallets.Values.ShouldAllBe(balance => balance >= 0);
        foreach (var (member, sum) in sums)
            wallets.GetValueOrDefault(member).ShouldBe(sum, $"member {member}'s balance differs from the sum of its entries");
        foreach (var (member, balance) in wallets.Where(w => !sums.ContainsKey(w.Key)))
            balance.ShouldBe(0, $"member {member} has a balance but no entries");
        var lots = await app.DbAsync(db => db.PointLots.AsNoTracking().GroupBy(l => l.MemberId)
            .Select(g => new { g.Key, Remaining = g.Sum(l => l.Remaining) }).ToDictionaryAsync(x => x.Key, x => x.Remaining));
        foreach (var (member, balance) in wallets)
            lots.GetValueOrDefault(member).ShouldBe(balance, $"member {member}'s remaining lots differ from the balance");
    }
}
