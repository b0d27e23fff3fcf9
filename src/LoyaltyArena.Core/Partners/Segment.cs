namespace LoyaltyArena.Core.Partners;

/// <summary>Who a challenge, contest or announcement is for; every part left empty means everyone.</summary>
public sealed record Segment(PartnerKind? Kind, string? Region, int? MinTierThreshold, StoreSize? Size)
{
    public static readonly Segment Everyone = new(null, null, null, null);

    public bool Includes(PartnerKind kind, string region, int tierThreshold, StoreSize? size) =>
        (Kind is null || Kind == kind) &&
        (Region is null || string.Equals(Region, region, StringComparison.OrdinalIgnoreCase)) &&
        (MinTierThreshold is null || tierThreshold >= MinTierThreshold) &&
        (Size is null || Size == size);
}

/// <summary>Whether a member has done anything lately: signed in or earned within <see cref="Audiences.DormantAfterDays"/> days.</summary>
public enum Activity
{
    Active,
    Dormant,
}
