namespace LoyaltyArena.Core.Partners;

public enum PartnerKind
{
    Brand,
    Distributor,
    Retailer,
    Store,
}

/// <summary>A business in the brand's channel: Distributor &gt; Retailer &gt; Store.</summary>
public sealed class Partner
{
    private Partner() { }

    public Partner(string name, PartnerKind kind, string region, Partner? parent = null)
    {
        Name = name;
        Kind = kind;
        Region = region;
        Parent = parent;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public PartnerKind Kind { get; private set; }
    public string Region { get; private set; } = "";
    public int? ParentId { get; private set; }
    public Partner? Parent { get; private set; }
}
