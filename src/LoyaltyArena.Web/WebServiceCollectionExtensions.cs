using LoyaltyArena.Web.Pwa;
using LoyaltyArena.Web.Htmx;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Web.Email;
using LoyaltyArena.Web.Errors;
using LoyaltyArena.Web.Health;
using LoyaltyArena.Web.Live;
using LoyaltyArena.Web.Localization;
using LoyaltyArena.Web.Security;

namespace LoyaltyArena.Web;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddArenaWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddArenaOptions(environment);
        services.AddArenaSecurity(configuration);
        services.AddArenaLocalization();
        services.AddArenaErrors();
        services.AddArenaBadInput();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Studio", Policies.Studio);
            options.Conventions.AuthorizeFolder("/Studio/ApiKeys", Policies.Admin);
            options.Conventions.AllowAnonymousToPage("/Rules/Index");
            options.Conventions.AllowAnonymousToPage("/Account/SignIn");
            options.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
            options.Conventions.AllowAnonymousToPage("/Account/EmailLink");
            options.Conventions.AllowAnonymousToPage("/Account/ResetPassword");
            options.Conventions.AllowAnonymousToPage("/Account/Switch");
            options.Conventions.AllowAnonymousToFolder("/Join");
            options.Conventions.AuthorizeFolder("/Team", Policies.Owner);
            options.Conventions.AuthorizePage("/Live/Host", Policies.LiveHost);
            options.Conventions.AuthorizePage("/Live/Control", Policies.LiveHost);
            options.Conventions.AuthorizePage("/Live/Screen", Policies.LiveHost);
            options.Conventions.AllowAnonymousToPage("/Status");
        })
        .AddMvcOptions(options =>
        {
            options.Filters.Add<Errors.HandlerRequired>();
            options.Filters.Add<Data.OneConnectionPerPage>();
        })
        // No jQuery validation here: its data-val-* attributes would only carry the framework's English texts.
        .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
        .AddViewLocalization()
        .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<Formats>();
        services.AddSingleton<Media.IMediaStore, Media.FileMediaStore>();
        // Bahasa and English text stays readable (and smaller) in the HTML instead of becoming entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSignalR();
        services.AddArenaLive(configuration);
        services.AddArenaEmail();
        services.AddArenaPwa();
        services.AddOptions<Jobs.JobOptions>().BindConfiguration("Jobs");
        services.AddHostedService<Jobs.DailyJobs>();
        services.AddSingleton<Jobs.BroadcastPass>();
        services.AddSingleton<Core.Notifications.IBroadcastWaker>(sp => sp.GetRequiredService<Jobs.BroadcastPass>());
        services.AddHostedService(sp => sp.GetRequiredService<Jobs.BroadcastPass>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddArenaCompression();

        // Post-commit handlers (badges, live signals, outbox wake-ups) are found, not listed.
        services.Scan(scan => scan
            .FromAssembliesOf(typeof(IEventHandler<>), typeof(WebServiceCollectionExtensions))
            .AddClasses(classes => classes.AssignableTo(typeof(IEventHandler<>)))
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        return services;
    }

    private static void AddArenaOptions(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>()
            .Configure<IConfiguration>((options, config) =>
            {
                options.Provider = config.GetValue("Database:Provider", DatabaseProvider.Sqlite);
                options.MigrateOnStartup = config.GetValue<bool?>("Database:MigrateOnStartup");
                options.MaxPoolSize = config.GetValue("Database:MaxPoolSize", DatabaseOptions.DefaultMaxPoolSize);
                options.MaxConcurrentWrites = config.GetValue<int?>("Database:MaxConcurrentWrites");
                options.ConnectionString = config.GetConnectionString("Arena") ?? DatabaseOptions.DefaultSqlite;
                options.MigrationConnectionString = config.GetConnectionString("ArenaMigrations");
                if (options.Provider == DatabaseProvider.Sqlite)
                    options.ConnectionString = SqlitePaths.AnchorToContentRoot(options.ConnectionString, environment.ContentRootPath);
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "ConnectionStrings:Arena is empty.")
            .Validate(o => o.MaxPoolSize is >= 2 and <= 1000, "Database:MaxPoolSize must be between 2 and 1000.")
            .ValidateOnStart();
        services.AddOptions<ProgramSettings>().BindConfiguration(ProgramSettings.Section)
            .Validate(p => TimeZoneInfo.TryFindSystemTimeZoneById(p.TimeZone, out _), "Program:TimeZone is not a known time zone.")
            .Validate(p => p.PointValue > 0, "Program:PointValue must be positive.")
            .ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox")
            .Validate(o => o.Batch is >= 1 and <= 1_000 && o.MaxPerSecond >= 0, "Outbox:Batch must be 1-1000 and Outbox:MaxPerSecond 0 or more.").ValidateOnStart();
    }
}

internal static class SqlitePaths
{
    /// <summary>"App_Data/arena.db" means the folder beside the app, wherever the process was started from.</summary>
    public static string AnchorToContentRoot(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal) && !Path.IsPathRooted(source))
            builder.DataSource = Path.Combine(contentRoot, source);
        return builder.ToString();
    }
}
