using System.Security.Claims;
using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Security;

public sealed class ArenaClaimsFactory(UserManager<Member> users, RoleManager<IdentityRole<int>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Member, IdentityRole<int>>(users, roles, options)
{
    public const string DisplayNameClaim = "arena:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Member user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        return identity;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static int MemberId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A person signed in with a member account (an API key is signed in too, but is nobody's account).</summary>
    public static bool IsMember(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out _);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ArenaClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static bool CanUseStudio(this ClaimsPrincipal user) => Policies.StudioRoles.Any(user.IsInRole);
}
