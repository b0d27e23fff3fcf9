namespace LoyaltyArena.Core.Partners;

/// <summary>
/// A store's own phone that several clerks keep signed in on. The phone holds a random token in a long-lived cookie;
/// only its hash is stored. Removed by the owner, or with the store's permission, and the token then opens nothing.
/// </summary>
public sealed class SharedPhone
{
    private SharedPhone() { }

    public SharedPhone(int partnerId, string name, string tokenHash, int createdById, DateTime createdAt)
    {
        (PartnerId, Name, TokenHash, CreatedById, CreatedAt, LastUsedAt) = (partnerId, name, tokenHash, createdById, createdAt, createdAt);
    }

    public int Id { get; private set; }
    public int PartnerId { get; private set; }
    public string Name { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public int CreatedById { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime LastUsedAt { get; private set; }
    public DateTime? RemovedAt { get; private set; }

    public List<SharedPhoneSeat> Seats { get; private set; } = [];

    public void Used(DateTime at) => LastUsedAt = at;

    public void Remove(DateTime at) => RemovedAt ??= at;
}

/// <summary>A clerk kept on a shared phone: they switch to it with their PIN until five wrong PINs lock the seat.</summary>
public sealed class SharedPhoneSeat
{
    private SharedPhoneSeat() { }

    public SharedPhoneSeat(int memberId, DateTime addedAt) => (MemberId, AddedAt) = (memberId, addedAt);

    public int Id { get; private set; }
    public int SharedPhoneId { get; private set; }
    public int MemberId { get; private set; }
    public DateTime AddedAt { get; private set; }
    public int FailedPins { get; private set; }

    /// <summary>Set on the fifth wrong PIN; a sign-in with the password on this phone opens the seat again.</summary>
    public DateTime? LockedAt { get; private set; }

    public DateTime? LastSwitchAt { get; private set; }

    public void Unlock()
    {
        FailedPins = 0;
        LockedAt = null;
    }
}

/// <summary>What a clerk's PIN may be: 4 to 6 digits, not one digit repeated and not a run such as 1234 or 987654.</summary>
public static class PinRules
{
    public const int MinLength = 4;
    public const int MaxLength = 6;

    /// <returns>Null when the PIN may be used, else the resource key of what is wrong with it.</returns>
    public static string? Problem(string? pin)
    {
        if (string.IsNullOrEmpty(pin)) return "Pin.Required";
        if (pin.Length is < MinLength or > MaxLength || !pin.All(char.IsAsciiDigit)) return "Pin.Format";
        var steps = pin.Zip(pin.Skip(1), (a, b) => b - a).Distinct().ToList();
        return steps is [0] or [1] or [-1] ? "Pin.TooEasy" : null;
    }
}
