using System.Security.Claims;
using System.Text.Encodings.Web;
using LoyaltyArena.Core.Sales;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Api;

/// <summary>Authenticates integration calls by the key in X-Api-Key; unknown and revoked keys are refused alike.</summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string ClientClaim = "arena:api-client";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString())) return AuthenticateResult.NoResult();
        var client = await keys.FindActiveAsync(values.ToString().Trim(), Context.RequestAborted);
        if (client is null) return AuthenticateResult.Fail("Unknown or revoked API key.");
        var identity = new ClaimsIdentity([new Claim(ClientClaim, client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, client.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid API key is required.",
            detail: $"Send the key an admin created in Studio in the {Header} header. Revoked keys no longer work.").ExecuteAsync(Context);
}
