using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Leaderboards;

/// <summary>Which board: people (everyone, my region, my partner type, my store's team) or businesses (stores, distributors).</summary>
public enum BoardScope
{
    All,
    Region,
    PartnerType,
    Team,
    Stores,
    Distributors,
}

/// <summary>Where a member stands in the channel, which decides the boards their points count on.</summary>
public sealed record Placement(int PartnerId, PartnerKind Kind, string Region, int? DistributorId)
{
    public bool OnStoreBoard => Kind is PartnerKind.Store or PartnerKind.Retailer;
}

/// <summary>The names of score rows. A board is a name and a period; people boards hold members, business boards hold partners.</summary>
public static class BoardKeys
{
    public const string Stores = "stores";
    public const string Distributors = "distributors";

    public static string Region(string region) => $"region:{region}";

    public static string PartnerType(PartnerKind kind) => $"type:{kind}";

    /// <summary>A team board is read from the everyone rows of the store's current staff, so it follows members who move.</summary>
    public static string Team(int partnerId) => $"team:{partnerId}";

    public static bool IsBusiness(BoardScope scope) => scope is BoardScope.Stores or BoardScope.Distributors;

    /// <summary>The stored people boards a member's points count on.</summary>
    public static IReadOnlyList<string> PeopleBoards(Placement placement) =>
        [LeaderboardScore.EveryoneBoard, Region(placement.Region), PartnerType(placement.Kind)];

    /// <summary>The business boards a member's points count on, with the partner they count for.</summary>
    public static IReadOnlyList<(string Board, int PartnerId)> BusinessBoards(Placement placement)
    {
        var boards = new List<(string, int)>(2);
        if (placement.OnStoreBoard) boards.Add((Stores, placement.PartnerId));
        if (placement.DistributorId is { } distributor) boards.Add((Distributors, distributor));
        return boards;
    }

    /// <summary>The board a member sees for a scope; null when the scope does not apply to them (no distributor, no store).</summary>
    public static string? For(BoardScope scope, Placement placement) => scope switch
    {
        BoardScope.All => LeaderboardScore.EveryoneBoard,
        BoardScope.Region => Region(placement.Region),
        BoardScope.PartnerType => PartnerType(placement.Kind),
        BoardScope.Team => Team(placement.PartnerId),
        BoardScope.Stores => Stores,
        BoardScope.Distributors => Distributors,
        _ => null,
    };

    /// <summary>The group a live board update goes to: one per board, period and language.</summary>
    public static string LiveKey(string board, string periodKey) => $"{board}|{periodKey}";
}

public static class Placements
{
    /// <summary>Each member's store, its kind and region, and the distributor above it (up to two levels).</summary>
    public static async Task<Dictionary<int, Placement>> OfAsync(ArenaDbContext db, IReadOnlyCollection<int> memberIds, CancellationToken cancellationToken) =>
        (await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .Select(m => new
            {
                m.Id, m.PartnerId, m.Partner!.Kind, m.Partner.Region,
                ParentId = m.Partner.ParentId, ParentKind = (PartnerKind?)m.Partner.Parent!.Kind,
                GrandparentId = m.Partner.Parent!.ParentId, GrandparentKind = (PartnerKind?)m.Partner.Parent!.Parent!.Kind,
            })
            .ToListAsync(cancellationToken))
        .ToDictionary(m => m.Id, m => new Placement(m.PartnerId, m.Kind, m.Region,
            m.Kind == PartnerKind.Distributor ? m.PartnerId
            : m.ParentKind == PartnerKind.Distributor ? m.ParentId
            : m.GrandparentKind == PartnerKind.Distributor ? m.GrandparentId : null));
}
