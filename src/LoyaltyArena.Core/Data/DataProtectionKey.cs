namespace LoyaltyArena.Core.Data;

/// <summary>An ASP.NET data-protection key kept in the database, so cookies survive restarts and any instance can read them.</summary>
public sealed class DataProtectionKey
{
    private DataProtectionKey() { }

    public DataProtectionKey(string friendlyName, string xml)
    {
        FriendlyName = friendlyName;
        Xml = xml;
    }

    public int Id { get; private set; }
    public string FriendlyName { get; private set; } = "";
    public string Xml { get; private set; } = "";
}
