using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Core.Sales;
using LoyaltyArena.Core.Tiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Data;

/// <summary>
/// The one database of a program, for SQLite and PostgreSQL alike. A model change needs a migration
/// for both providers (the README has the command; a test per provider fails on a missing one):
/// dotnet ef migrations add NAME --project migrations/LoyaltyArena.Migrations.Sqlite --startup-project src/LoyaltyArena.Web -- --Database:Provider=Sqlite
/// dotnet ef migrations add NAME --project migrations/LoyaltyArena.Migrations.Postgres --startup-project src/LoyaltyArena.Web -- --Database:Provider=Postgres
/// </summary>
public sealed class ArenaDbContext(DbContextOptions<ArenaDbContext> options) : DbContext(options)
{
    private readonly List<IDomainEvent> _events = [];

    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<IdentityRole<int>> Roles => Set<IdentityRole<int>>();
    public DbSet<IdentityUserRole<int>> UserRoles => Set<IdentityUserRole<int>>();
    public DbSet<Wallet> Wallets => Set<Wallet>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<LeaderboardScore> LeaderboardScores => Set<LeaderboardScore>();
    public DbSet<PartnerScore> PartnerScores => Set<PartnerScore>();
    public DbSet<Notifications.MailPreference> MailPreferences => Set<Notifications.MailPreference>();
    public DbSet<LiveQuiz.LiveSession> LiveSessions => Set<LiveQuiz.LiveSession>();
    public DbSet<LiveQuiz.LivePlayer> LivePlayers => Set<LiveQuiz.LivePlayer>();
    public DbSet<LiveQuiz.LiveAnswer> LiveAnswers => Set<LiveQuiz.LiveAnswer>();
    public DbSet<TrainingModule> TrainingModules => Set<TrainingModule>();
    public DbSet<Quiz> Quizzes => Set<Quiz>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<Reward> Rewards => Set<Reward>();
    public DbSet<VoucherCode> VoucherCodes => Set<VoucherCode>();
    public DbSet<Redemption> Redemptions => Set<Redemption>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ProgramRules> ProgramRules => Set<ProgramRules>();
    public DbSet<Tier> Tiers => Set<Tier>();
    public DbSet<MemberTier> MemberTiers => Set<MemberTier>();
    public DbSet<PointLot> PointLots => Set<PointLot>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<EarnRule> EarnRules => Set<EarnRule>();
    public DbSet<SaleRecord> SaleRecords => Set<SaleRecord>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<SalesImport> SalesImports => Set<SalesImport>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();
    public DbSet<PeopleImport> PeopleImports => Set<PeopleImport>();
    public DbSet<Referrals.Invitation> Invitations => Set<Referrals.Invitation>();
    public DbSet<SharedPhone> SharedPhones => Set<SharedPhone>();
    public DbSet<SharedPhoneSeat> SharedPhoneSeats => Set<SharedPhoneSeat>();
    public DbSet<Referrals.Referral> Referrals => Set<Referrals.Referral>();
    public DbSet<Challenges.Challenge> Challenges => Set<Challenges.Challenge>();
    public DbSet<Challenges.ChallengeProgress> ChallengeProgress => Set<Challenges.ChallengeProgress>();
    public DbSet<Challenges.ProofSubmission> ProofSubmissions => Set<Challenges.ProofSubmission>();
    public DbSet<Badges.MemberBadge> MemberBadges => Set<Badges.MemberBadge>();
    public DbSet<Challenges.Contest> Contests => Set<Challenges.Contest>();
    public DbSet<Challenges.ContestAward> ContestAwards => Set<Challenges.ContestAward>();

    /// <summary>Queues an event for publication once the current transaction commits.</summary>
    public void Raise(IDomainEvent domainEvent) => _events.Add(domainEvent);

    internal IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArenaDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
