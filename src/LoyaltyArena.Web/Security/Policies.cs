using LoyaltyArena.Core.Partners;

namespace LoyaltyArena.Web.Security;

public static class Policies
{
    public const string Studio = nameof(Studio);
    public const string Admin = nameof(Admin);
    public const string Owner = nameof(Owner);

    /// <summary>Who may host a Kuis Live: marketers and admins for everyone, owners for their store.</summary>
    public const string LiveHost = nameof(LiveHost);

    public static readonly string[] StudioRoles = [Roles.Marketer, Roles.Admin];
}
