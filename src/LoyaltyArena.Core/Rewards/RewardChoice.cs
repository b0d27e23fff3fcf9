namespace LoyaltyArena.Core.Rewards;

public sealed record RewardOffer(int Id, string Name, RewardCategory Category, int Cost, int Stock, long ValueIdr, string? Image = null, string Description = "", FulfilmentKind Kind = FulfilmentKind.Code);

/// <summary>The answer to "what's in it for me": what I can take now, and the next reward with the points still missing.</summary>
public sealed record RewardGoal(RewardOffer? TakeNow, RewardOffer? Next, int PointsToNext, bool Wished = false);

public static class RewardChoice
{
    /// <summary>The cheapest reward in stock the balance covers, and the cheapest in stock it does not cover yet.</summary>
    /// <summary>A wished-for reward replaces "the next one" as the goal (it may already be affordable).</summary>
    public static RewardGoal Pick(IEnumerable<RewardOffer> offers, int balance, int? wishId)
    {
        var list = offers.ToList();
        var goal = Pick(list, balance);
        var wish = list.FirstOrDefault(o => o.Id == wishId);
        return wish is null ? goal : goal with { Next = wish, PointsToNext = Math.Max(0, wish.Cost - balance), Wished = true };
    }

    public static RewardGoal Pick(IEnumerable<RewardOffer> offers, int balance)
    {
        var inStock = offers.Where(o => o.Stock > 0).OrderBy(o => o.Cost).ThenBy(o => o.Id).ToList();
        var takeNow = inStock.FirstOrDefault(o => o.Cost <= balance);
        var next = inStock.FirstOrDefault(o => o.Cost > balance);
        return new RewardGoal(takeNow, next, next is null ? 0 : next.Cost - balance);
    }
}
