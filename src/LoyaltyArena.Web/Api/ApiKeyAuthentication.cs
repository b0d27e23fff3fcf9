using System.Security.Claims;
using System.Text.Encodings.Web;
using LoyaltyArena.Core.Sales;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Api;

/// <summary>
/// Authenticates integration calls by the key in X-Api-Key; unknown and revoked keys are refused alike. An address
/// that keeps sending wrong keys is refused for a while without any key being looked up (guessing costs time).
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys,
    KeyGuessing guessing) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string ThrottledItem = "arena:api-key-throttled";

    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string ClientClaim = "arena:api-client";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString())) return AuthenticateResult.NoResult();
        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (guessing.IsBlocked(address))
        {
            Context.Items[ThrottledItem] = true;
            return AuthenticateResult.Fail("Too many wrong API keys from this address.");
        }
        var client = await keys.FindActiveAsync(values.ToString().Trim(), Context.RequestAborted);
        if (client is null)
        {
            guessing.Failed(address);
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        var identity = new ClaimsIdentity([new Claim(ClientClaim, client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, client.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.ContainsKey(ThrottledItem))
        {
            Response.Headers.RetryAfter = ((int)guessing.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many wrong API keys from this address.",
                detail: "Wait a minute before trying again.").ExecuteAsync(Context);
        }
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid API key is required.",
            detail: $"Send the key an admin created in Studio in the {Header} header. Revoked keys no longer work.").ExecuteAsync(Context);
    }
}

/// <summary>Wrong API keys per client address in the last minute ("RateLimits:ApiKeyFailuresPerMinute", 20 by default).</summary>
public sealed class KeyGuessing(IConfiguration configuration) : Security.FailureCounter(TimeSpan.FromMinutes(1))
{
    private readonly int _allowed = configuration.GetValue("RateLimits:ApiKeyFailuresPerMinute", 20);

    public bool IsBlocked(string address) => Count(address) >= _allowed;
}
