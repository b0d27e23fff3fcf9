namespace LoyaltyArena.Core.Rewards;

public enum RewardCategory
{
    EVoucher,
    Pulsa,
    EWallet,
    Merchandise,
    Experience,
    Training,
}

/// <summary>Something in the catalog. Stock has a database CHECK (Stock &gt;= 0).</summary>
public sealed class Reward
{
    /// <summary>The most items one reward holds: far beyond any program, and far from the limits of a 32-bit count.</summary>
    public const int MaxStock = 1_000_000;

    private readonly List<VoucherCode> _codes = [];

    private Reward() { }

    public Reward(string name, string description, RewardCategory category, int cost, int stock, long valueIdr)
    {
        if (cost <= 0) throw new ArgumentOutOfRangeException(nameof(cost));
        Name = name;
        Description = description;
        Category = category;
        Fulfilment = Rewards.Fulfilment.KindOf(category);
        Cost = cost;
        Stock = stock;
        ValueIdr = valueIdr;
    }

    public const int TermsLength = 1000;
    public const int PlaceLength = 200;

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public RewardCategory Category { get; private set; }

    /// <summary>Points needed.</summary>
    public int Cost { get; private set; }

    public int Stock { get; private set; }

    /// <summary>What the reward is worth in rupiah, for the receipt and the liability figures.</summary>
    public long ValueIdr { get; private set; }

    public IReadOnlyCollection<VoucherCode> Codes => _codes;

    /// <summary>A picture from the media store; without one the catalog shows the category's icon.</summary>
    public string? Image { get; private set; }

    /// <summary>How it reaches the member; the category suggests it (an e-wallet reward may still be a top-up code).</summary>
    public FulfilmentKind Fulfilment { get; private set; }

    public void SetImage(string? name) => Image = name;

    /// <summary>Only members at this tier or above may take it; lower tiers see it locked.</summary>
    public int? MinTierId { get; private set; }

    public Partners.PartnerKind? TargetPartnerKind { get; private set; }
    public string? TargetRegion { get; private set; }
    public DateTime? AvailableFrom { get; private set; }
    public DateTime? AvailableUntil { get; private set; }

    /// <summary>How many one member may take per <see cref="LimitPeriod"/>; null is unlimited.</summary>
    public int? LimitPerMember { get; private set; }

    public LimitPeriod LimitPeriod { get; private set; } = LimitPeriod.Month;

    public void Restrict(int? minTierId, Partners.PartnerKind? partnerKind, string? region, DateTime? from, DateTime? until, int? limitPerMember, LimitPeriod period)
    {
        if (limitPerMember is < 1) throw new ArgumentOutOfRangeException(nameof(limitPerMember));
        MinTierId = minTierId;
        TargetPartnerKind = partnerKind;
        TargetRegion = region;
        AvailableFrom = from;
        AvailableUntil = until;
        LimitPerMember = limitPerMember;
        LimitPeriod = period;
    }

    /// <summary>The fine print a member reads before redeeming: validity, where it can be used, what it cannot be swapped for.</summary>
    public string Terms { get; private set; } = "";

    /// <summary>For a ticket: where the event is held and when it starts (UTC), shown on the reward and its receipt.</summary>
    public string? EventPlace { get; private set; }

    public DateTime? EventAt { get; private set; }

    public void Explain(string? terms, string? eventPlace, DateTime? eventAt)
    {
        Terms = terms?.Trim() ?? "";
        EventPlace = string.IsNullOrWhiteSpace(eventPlace) ? null : eventPlace.Trim();
        EventAt = eventAt;
    }

    public void AddCodes(IEnumerable<string> codes) => _codes.AddRange(codes.Select(c => new VoucherCode(c)));

    /// <summary>Stock is not set here: it moves by deltas in the database, so edits never race redemptions.</summary>
    public void Edit(string name, string description, RewardCategory category, int cost, long valueIdr, FulfilmentKind? fulfilment = null)
    {
        if (cost <= 0) throw new ArgumentOutOfRangeException(nameof(cost));
        Name = name.Trim();
        Description = description.Trim();
        Category = category;
        Fulfilment = fulfilment ?? Rewards.Fulfilment.KindOf(category);
        Cost = cost;
        ValueIdr = valueIdr;
    }
}

/// <summary>A code in a reward's pool; it belongs to one redemption once given out.</summary>
public sealed class VoucherCode
{
    private VoucherCode() { }

    internal VoucherCode(string code) => Code = code;

    public int Id { get; private set; }
    public int RewardId { get; private set; }
    public string Code { get; private set; } = "";
    public int? RedemptionId { get; private set; }
}
