using System.Threading.RateLimiting;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;

namespace LoyaltyArena.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>OWASP ASVS 5 Appendix C: PBKDF2-HMAC-SHA512 needs at least 210,000 iterations.</summary>
    public const int PasswordIterations = 210_000;

    public static readonly TimeSpan RememberMeFor = TimeSpan.FromDays(30);

    public static readonly TimeSpan SessionCheckInterval = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddArenaSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordIterations);
        services.AddIdentityCore<Member>(o =>
            {
                // ASVS 6.2.1 / 6.2.5: at least 8 characters, no composition rules.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false; // staff may have only a phone; emails stay unique by the database's index
                // "Confirmed" here means active and approved by the store owner (ActiveMembers).
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole<int>>()
            .AddEntityFrameworkStores<ArenaDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ArenaClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<IUserConfirmation<Member>, ActiveMembers>();
        services.AddScoped<MemberSignIn>();
        services.AddHttpContextAccessor();
        services.AddScoped<SiteLinks>();
        services.AddScoped<Passwords>();
        services.AddSingleton<UnknownLogins>();
        services.AddSingleton<Api.KeyGuessing>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Api.ApiKeyAuthentication>(Api.ApiKeyAuthentication.SchemeName, null);
        services.AddAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "arena.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = RememberMeFor;
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // An integration caller is never sent to a sign-in page: an API address with no endpoint is a plain 404.
            // The live hub's script gets a 401, not a whole sign-in page it cannot show.
            o.Events.OnRedirectToLogin = context =>
            {
                if (Errors.ErrorResponses.IsApi(context.Request)) context.Response.StatusCode = StatusCodes.Status404NotFound;
                else if (context.Request.Path.StartsWithSegments(Live.ArenaHub.Url))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                }
                else context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });

        // Every cookie is checked against the member's security stamp each minute: signing out, a password change
        // or deactivation ends all of a member's sessions within that minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionCheckInterval);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Studio, p => p.RequireRole(Policies.StudioRoles))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Owner, p => p.RequireRole(Roles.Owner))
            .AddPolicy(Policies.LiveHost, p => p.RequireRole([.. Policies.StudioRoles, Roles.Owner]))
            .AddPolicy(Api.ArenaApi.Policy, p => p.AddAuthenticationSchemes(Api.ApiKeyAuthentication.SchemeName).RequireClaim(Api.ApiKeyAuthentication.ClientClaim));

        // No "Server: Kestrel" on every response: it tells an attacker the stack and costs a slow line bytes.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "arena.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "RequestVerificationToken";
        });

        services.AddDataProtection().SetApplicationName("LoyaltyArena");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DatabaseXmlRepository(scopes));

        services.AddArenaRateLimits(configuration);
        services.AddArenaProxies(configuration);
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    private static void AddArenaRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var answersPerMinute = configuration.GetValue("RateLimits:AnswersPerMinute", 12);
        var apiPerMinute = configuration.GetValue("RateLimits:ApiPerMinute", 600);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    // Per key, before the key is checked, so guessing keys is limited as well.
                    var key = context.Request.Headers[Api.ApiKeyAuthentication.Header].ToString();
                    return RateLimitPartition.GetFixedWindowLimiter($"api:{(key.Length > 0 ? key : context.Connection.RemoteIpAddress?.ToString())}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
                }
                var limit = HttpMethods.IsPost(context.Request.Method)
                    ? context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedPostAttribute>()
                    : null;
                if (limit is null) return RateLimitPartition.GetNoLimiter("none");
                var who = limit.Policy == RateLimitedPostAttribute.SignIn
                    ? context.Connection.RemoteIpAddress?.ToString() ?? "unknown"
                    : context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                var permits = limit.Policy == RateLimitedPostAttribute.SignIn ? signInPerMinute : answersPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter($"{limit.Policy}:{who}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
    }
}

/// <summary>Limits the POST handlers of a page: sign-in per client address, answers per member.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RateLimitedPostAttribute(string policy) : Attribute
{
    public const string SignIn = "sign-in";
    public const string Answers = "answers";

    public string Policy { get; } = policy;
}
