using System.Globalization;
using LoyaltyArena.Core.Common;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Localization;

public static class LocalizationSetup
{
    public const string English = "en-US";

    public static IServiceCollection AddArenaLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddOptions<RequestLocalizationOptions>().Configure<IOptions<ProgramSettings>>((o, program) =>
        {
            var cultures = new[] { new CultureInfo(program.Value.Locale), new CultureInfo(English) };
            o.DefaultRequestCulture = new RequestCulture(cultures[0]);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Bahasa Indonesia unless the member chose otherwise; a phone set to English does not decide for them.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseArenaLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    public static string CultureFor(string language, ProgramSettings program) => language == "en" ? English : program.Locale;

    public static void WriteCultureCookie(HttpResponse response, string culture) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });
}
