using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Referrals;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyArena.IntegrationTests.Referrals;

public abstract class ReferralContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    private static string Phone() => $"+62857{Random.Shared.Next(10_000_000, 99_999_999)}";

    /// <summary>A referrer (approved staff) and <paramref name="count"/> people who joined through their code and were approved.</summary>
    private async Task<(int Referrer, List<int> Referees)> ReferralsAsync(int count)
    {
        var referrer = await app.NewStaffAsync(0);
        var code = await app.DbAsync(db => db.Members.Where(m => m.Id == referrer).Select(m => m.ReferralCode).SingleAsync());
        var hash = app.Services.GetRequiredService<IPasswordHasher<Member>>().HashPassword(null!, "irrelevant");
        var referees = new List<int>();
        for (var i = 0; i < count; i++)
        {
            // Each from its own address: this contract is about payment, not the farm check.
            var outcome = await app.ServiceAsync<Enrolment, JoinOutcome>(e => e.JoinAsync(code, new SignupInput($"Teman {i}", Phone(), null, "id"), hash, $"10.0.{i}.{referrer % 250}", $"phone-{referrer}-{i}", null, default));
            outcome.Status.ShouldBe(JoinStatus.AwaitingApproval);
            await app.ServiceAsync<ReferralService, bool>(async r => { await r.DecideAsync(referrer, outcome.MemberId, true, null, default); return true; });
            referees.Add(outcome.MemberId);
        }
        return (referrer, referees);
    }

    /// <summary>What the quiz raises after a pass, delivered to the referral handler as the dispatcher would.</summary>
    private Task PassedAsync(int member) =>
        app.ServiceAsync<IEnumerable<Core.Common.IEventHandler<QuizPassed>>, bool>(async handlers =>
        {
            await handlers.OfType<ReferralOnQuizPassed>().Single().HandleAsync(new QuizPassed(member, 1, 1, 150), default);
            return true;
        });

    private Task QualifyAsync(int referee) =>
        app.ServiceAsync<ReferralService, bool>(async r => { await r.QualifyAsync(referee, ReferralQualifier.FirstTrainingPassed, default); return true; });

    [Fact]
    public async Task The_referrer_is_paid_once_and_only_after_the_new_member_passes_their_first_training()
    {
        var (referrer, referees) = await ReferralsAsync(1);
        (await app.BalanceAsync(referees[0])).ShouldBe(100, "the welcome bonus on approval");
        (await app.BalanceAsync(referrer)).ShouldBe(0, "nothing before the qualifying action");

        await PassedAsync(referees[0]);
        await QualifyAsync(referees[0]);
        await PassedAsync(referees[0]);

        (await app.BalanceAsync(referrer)).ShouldBe(300);
        (await app.DbAsync(db => db.Referrals.SingleAsync(r => r.RefereeId == referees[0]))).Status.ShouldBe(ReferralStatus.Rewarded);
    }

    [Fact]
    public async Task The_monthly_cap_holds_when_many_friends_qualify_at_the_same_moment()
    {
        var (referrer, referees) = await ReferralsAsync(6);
        await app.DbAsync(db => db.ProgramRules.ExecuteUpdateAsync(s => s.SetProperty(r => r.ReferralMonthlyCap, 2)));
        try
        {
            await Task.WhenAll(referees.Select(QualifyAsync));

            (await app.BalanceAsync(referrer)).ShouldBe(600);
            var statuses = await app.DbAsync(db => db.Referrals.Where(r => r.ReferrerId == referrer).Select(r => r.Status).ToListAsync());
            statuses.Count(s => s == ReferralStatus.Rewarded).ShouldBe(2);
            statuses.Count(s => s == ReferralStatus.CapReached).ShouldBe(4);
        }
        finally
        {
            await app.DbAsync(db => db.ProgramRules.ExecuteUpdateAsync(s => s.SetProperty(r => r.ReferralMonthlyCap, 10)));
        }
    }

    [Fact]
    public async Task A_chain_of_sign_ups_from_one_phone_on_different_networks_is_flagged_too()
    {
        var referrer = await app.NewStaffAsync(0);
        var code = await app.DbAsync(db => db.Members.Where(m => m.Id == referrer).Select(m => m.ReferralCode).SingleAsync());
        var hash = app.Services.GetRequiredService<IPasswordHasher<Member>>().HashPassword(null!, "irrelevant");
        var device = $"one-phone-{Guid.NewGuid():N}";
        var ids = new List<int>();
        for (var i = 0; i < ReferralPolicy.SignupsPerSource + 1; i++)
            ids.Add((await app.ServiceAsync<Enrolment, JoinOutcome>(e => e.JoinAsync(code, new SignupInput($"Sim {i}", Phone(), null, "id"), hash, $"203.0.113.{i}", device, null, default))).MemberId);

        var firstId = ids[0];
        var lastId = ids[^1];
        (await app.DbAsync(db => db.Referrals.SingleAsync(r => r.RefereeId == firstId))).Status.ShouldBe(ReferralStatus.AwaitingApproval);
        (await app.DbAsync(db => db.Referrals.SingleAsync(r => r.RefereeId == lastId))).RefusedReason.ShouldBe(ReferralPolicy.SameSource);
    }

    [Fact]
    public async Task A_chain_of_sign_ups_from_one_address_is_flagged_and_earns_no_bonus()
    {
        var referrer = await app.NewStaffAsync(0);
        var code = await app.DbAsync(db => db.Members.Where(m => m.Id == referrer).Select(m => m.ReferralCode).SingleAsync());
        var hash = app.Services.GetRequiredService<IPasswordHasher<Member>>().HashPassword(null!, "irrelevant");
        var address = $"198.51.100.{referrer % 250}";
        var ids = new List<int>();
        for (var i = 0; i < ReferralPolicy.SignupsPerSource + 1; i++)
            ids.Add((await app.ServiceAsync<Enrolment, JoinOutcome>(e => e.JoinAsync(code, new SignupInput($"Farm {i}", Phone(), null, "id"), hash, address, $"phone-{i}-{Guid.NewGuid():N}", null, default))).MemberId);

        var lastId = ids[^1];
        var last = await app.DbAsync(db => db.Referrals.SingleAsync(r => r.RefereeId == lastId));
        last.Status.ShouldBe(ReferralStatus.Refused);
        last.RefusedReason.ShouldBe(ReferralPolicy.SameSource);
        await app.ServiceAsync<ReferralService, bool>(async r => { await r.DecideAsync(referrer, ids[^1], true, null, default); return true; });
        await QualifyAsync(ids[^1]);
        (await app.BalanceAsync(ids[^1])).ShouldBe(0);
        (await app.BalanceAsync(referrer)).ShouldBe(0);
    }
}

public class SqliteReferralTests(SqliteApp app) : ReferralContract(app), IClassFixture<SqliteApp>;

public class PostgresReferralTests(PostgresApp app) : ReferralContract(app), IClassFixture<PostgresApp>;
