using LoyaltyArena.Core.Analytics;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Core.Sales;
using LoyaltyArena.Core.Tiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LoyaltyArena.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The domain and its data. Options are read when first resolved, not here, so a host (or a test)
    /// can change Database and Program settings after this call.
    /// </summary>
    public static IServiceCollection AddArenaCore(this IServiceCollection services)
    {
        services.AddDbContext<ArenaDbContext>((sp, options) =>
            ArenaDatabase.Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => ProgramCalendar.For(sp.GetRequiredService<IOptions<ProgramSettings>>().Value.TimeZone));
        services.AddSingleton(sp => new WriteGate(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConcurrentWrites));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OutboxOptions>>().Value);

        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<ArenaTransactions>();
        services.AddScoped<PointsLedger>();
        services.AddScoped<LedgerHistory>();
        services.AddScoped<LeaderboardQuery>();
        services.AddScoped<BoardStandings>();
        services.AddScoped<BoardPrivacy>();
        services.AddMemoryCache();
        services.AddScoped<Notifications.MailPreferences>();
        services.AddScoped<Notifications.WeeklyDigest>();
        services.AddScoped<Notifications.Reactivation>();
        services.AddScoped<Notifications.Broadcasts>();
        services.AddScoped<Notifications.MailLog>();
        services.AddScoped<Audiences>();
        services.AddScoped<SharedPhones>();
        services.AddScoped<LiveQuiz.LiveQuizService>();
        services.AddScoped<LearningQuery>();
        services.AddScoped<QuizService>();
        services.AddScoped<RewardCatalog>();
        services.AddScoped<RedemptionService>();
        services.AddScoped<MemberSummary>();
        services.AddScoped<HomeScreen>();
        services.AddScoped<StudioDashboard>();
        services.AddScoped<Outbox>();
        services.AddScoped<DemoProgram>();
        services.AddScoped<Notifier>();
        services.AddScoped<TierService>();
        services.AddScoped<PointsExpiry>();
        services.AddScoped<Adjustments>();
        services.AddScoped<MemberDirectory>();
        services.AddScoped<EconomySettings>();
        services.AddScoped<AuditLog>();
        services.AddScoped<SalesIntake>();
        services.AddScoped<SalesImports>();
        services.AddScoped<SaleReviews>();
        services.AddScoped<ApiKeys>();
        services.AddScoped<ProductCatalog>();
        services.AddScoped<BalanceLookup>();
        services.AddScoped<RulesBook>();
        services.AddScoped<LearningResults>();
        services.AddScoped<LearningStudio>();
        services.AddScoped<Surveys>();
        services.AddScoped<RewardStudio>();
        services.AddScoped<FulfilmentService>();
        services.AddScoped<Liability>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<PeopleStudio>();
        services.AddScoped<PartnerDirectory>();
        services.AddScoped<PeopleImports>();
        services.AddScoped<TeamQuery>();
        services.AddScoped<Referrals.Invitations>();
        services.AddScoped<Referrals.Enrolment>();
        services.AddScoped<Referrals.ReferralService>();
        services.AddScoped<Challenges.ChallengeStudio>();
        services.AddScoped<Challenges.ChallengeService>();
        services.AddScoped<Challenges.ProofReviews>();
        services.AddScoped<Challenges.StreakReminders>();
        services.AddScoped<Challenges.ContestService>();
        services.AddScoped<Badges.BadgeAwarder>();
        services.Scan(scan => scan.FromAssemblyOf<Badges.IBadgeRule>()
            .AddClasses(classes => classes.AssignableTo<Badges.IBadgeRule>()).As<Badges.IBadgeRule>().WithScopedLifetime());
        // One rule per kind of challenge, found rather than listed: a new kind is one new class.
        services.Scan(scan => scan.FromAssemblyOf<Challenges.IChallengeRule>()
            .AddClasses(classes => classes.AssignableTo<Challenges.IChallengeRule>()).As<Challenges.IChallengeRule>().WithScopedLifetime());
        return services;
    }
}
