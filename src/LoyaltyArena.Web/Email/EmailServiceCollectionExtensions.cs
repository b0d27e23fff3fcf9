using LoyaltyArena.Core.Notifications;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Web.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddArenaEmail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration("Smtp")
            .Validate(o => string.IsNullOrEmpty(o.Host) || o.Port is > 0 and < 65536, "Smtp:Port must be a TCP port.")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(smtp.Host)) return new SmtpEmailSender(smtp);
            var folder = Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, smtp.PickupDirectory);
            return new PickupDirectoryEmailSender(folder, smtp.From);
        });
        services.AddScoped<EmailRenderer>();
        services.AddSingleton<Unsubscribes>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxWaker>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
