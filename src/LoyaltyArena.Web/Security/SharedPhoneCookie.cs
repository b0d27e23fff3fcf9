namespace LoyaltyArena.Web.Security;

/// <summary>
/// The token that makes this browser a store's shared phone. HttpOnly and long-lived (Chrome keeps a cookie at most 400
/// days); signing out or switching clerk leaves it, so the other clerks stay on the phone.
/// </summary>
public static class SharedPhoneCookie
{
    public const string Name = "arena.phone";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static bool IsSet(HttpRequest request) => request.Cookies.ContainsKey(Name);

    public static void Write(HttpResponse response, string token) => response.Cookies.Append(Name, token, new CookieOptions
    {
        HttpOnly = true,
        Secure = response.HttpContext.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        MaxAge = TimeSpan.FromDays(400),
    });

    public static void Delete(HttpResponse response) => response.Cookies.Delete(Name, new CookieOptions { Path = "/", Secure = response.HttpContext.Request.IsHttps });

    /// <summary>
    /// The cached pages and offline queue belong to the clerk who leaves: the next one on the phone must not see them,
    /// nor send the previous clerk's queued answers. Cookies stay (the phone's own token is one).
    /// </summary>
    public static void ClearClerkData(HttpResponse response) => response.Headers["Clear-Site-Data"] = "\"cache\", \"storage\"";
}
