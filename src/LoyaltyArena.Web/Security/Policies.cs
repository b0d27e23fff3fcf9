using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.Web.Security;

public static class Policies
{
    public const string Studio = nameof(Studio);
    public const string Admin = nameof(Admin);
    public const string Owner = nameof(Owner);

    public static readonly string[] StudioRoles = [Roles.Marketer, Roles.Admin];
}
