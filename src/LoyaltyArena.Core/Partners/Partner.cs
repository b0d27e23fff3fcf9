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

    /// <summary>The brand's own code for the business (e.g. the ERP customer number); imports match on it.</summary>
    public string? Code { get; private set; }

    public string City { get; private set; } = "";
    public StoreSize? Size { get; private set; }

    /// <summary>Set when the business left the program: it stays in history and boards but takes no new members.</summary>
    public DateTime? ClosedAt { get; private set; }

    public bool IsActive => ClosedAt is null;

    /// <summary>The owner lets clerks keep several accounts on one store phone and switch by PIN.</summary>
    public bool SharedPhones { get; private set; }

    public void AllowSharedPhones(bool allowed) => SharedPhones = allowed;

    public void Describe(string name, PartnerKind kind, string region, string city, StoreSize? size, string? code, int? parentId)
    {
        Name = name.Trim();
        Kind = kind;
        Region = region.Trim();
        City = city.Trim();
        Size = size;
        Code = string.IsNullOrWhiteSpace(code) ? null : PartnerCodes.Normalize(code);
        ParentId = parentId;
        if (parentId is null) Parent = null;
    }

    public Partner Coded(string code, string city, StoreSize? size = null)
    {
        Code = PartnerCodes.Normalize(code);
        City = city.Trim();
        Size = size;
        return this;
    }

    public void SetActive(bool active, DateTime at) => ClosedAt = active ? null : ClosedAt ?? at;
}

public enum StoreSize
{
    Small,
    Medium,
    Large,
}

public static class PartnerCodes
{
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
