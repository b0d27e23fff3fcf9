using LoyaltyArena.Core.Notifications;

namespace LoyaltyArena.Web.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>Live updates in this instance, or across instances through PostgreSQL when Live:Backplane=Postgres.</summary>
    public static IServiceCollection AddArenaLive(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Live").Get<LiveOptions>() ?? new LiveOptions();
        services.AddOptions<LiveOptions>().BindConfiguration("Live");
        services.AddSingleton<LiveBoards>();
        services.AddSingleton<FragmentRenderer>();
        services.AddSingleton<HubLiveSignals>();
        services.AddHostedService<LiveQuizTimer>();
        if (options.UsesPostgres)
        {
            services.AddSingleton<PostgresLiveSignals>();
            services.AddSingleton<ILiveSignals>(sp => sp.GetRequiredService<PostgresLiveSignals>());
            services.AddHostedService<PostgresLiveListener>();
        }
        else
        {
            services.AddSingleton<ILiveSignals>(sp => sp.GetRequiredService<HubLiveSignals>());
        }
        return services;
    }
}
