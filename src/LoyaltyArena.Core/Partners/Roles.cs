namespace LoyaltyArena.Core.Partners;

public static class Roles
{
    public const string Staff = nameof(Staff);
    public const string Owner = nameof(Owner);
    public const string Marketer = nameof(Marketer);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Staff, Owner, Marketer, Admin];
}
