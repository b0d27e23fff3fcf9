using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Leaderboards;

/// <summary>Boards in every scope and period, on both engines. Each test builds its own region, so boards do not mix.</summary>
public abstract class BoardContract(ArenaApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => LedgerInvariants.AssertHoldAsync(app);

    /// <summary>A distributor in a fresh region, with two stores under a retailer and the given staff per store.</summary>
    private async Task<(string Region, int Distributor, int StoreA, int StoreB)> ChannelAsync()
    {
        var region = $"Wilayah {Guid.NewGuid():N}"[..20];
        return await app.DbAsync(async db =>
        {
            var distributor = new Partner($"Distributor {region}", PartnerKind.Distributor, region);
            var retailer = new Partner($"Pengecer {region}", PartnerKind.Retailer, region, distributor);
            var storeA = new Partner($"Toko A {region}", PartnerKind.Store, region, retailer);
            var storeB = new Partner($"Toko B {region}", PartnerKind.Store, region, retailer);
            db.Partners.AddRange(distributor, retailer, storeA, storeB);
            await db.SaveChangesAsync();
            return (region, distributor.Id, storeA.Id, storeB.Id);
        });
    }

    private Task<int> StaffAsync(int partnerId, string name) => app.DbAsync(async db =>
    {
        var email = $"b{Guid.NewGuid():N}@test.local";
        var member = new Member(name, email, null, partnerId, Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), DateTime.UtcNow)
        {
            NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
        };
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    });

    private Task EarnAsync(int member, int points, DateTime? boardTime = null) =>
        app.ServiceAsync<PointsLedger, PostingResult>(l => l.PostAsync(
            Posting.Earn(member, points, "test", Guid.NewGuid().ToString("N"), LedgerReasons.Sale, null) with { BoardTime = boardTime }, default));

    private Task<Board> BoardAsync(BoardScope scope, int viewer, LeaderboardPeriod period = LeaderboardPeriod.Week, bool past = false) =>
        app.ServiceAsync<LeaderboardQuery, Board>(q => q.GetAsync(scope, period, past, viewer, default));

    [Fact]
    public async Task Region_team_store_and_distributor_boards_hold_their_own_people_and_add_up_staff_points()
    {
        var (_, distributor, storeA, storeB) = await ChannelAsync();
        var (ani, budi, citra) = (await StaffAsync(storeA, "Ani"), await StaffAsync(storeA, "Budi"), await StaffAsync(storeB, "Citra"));
        await EarnAsync(ani, 300);
        await EarnAsync(budi, 200);
        await EarnAsync(citra, 400);

        var region = await BoardAsync(BoardScope.Region, ani);
        region.Top.Select(r => (r.Name, r.Points)).ShouldBe([("Citra", 400), ("Ani", 300), ("Budi", 200)], "the region board has exactly this region's people");
        var team = await BoardAsync(BoardScope.Team, ani);
        team.Top.Select(r => r.Name).ShouldBe(["Ani", "Budi"], "my team is my store's staff");
        var stores = await BoardAsync(BoardScope.Stores, ani);
        stores.Me!.Points.ShouldBe(500, "a store scores its staff's points together");
        (await BoardAsync(BoardScope.Stores, citra)).Me!.Points.ShouldBe(400);
        var distributors = await BoardAsync(BoardScope.Distributors, citra);
        distributors.Me!.MemberId.ShouldBe(distributor);
        distributors.Me.Points.ShouldBe(900, "a distributor scores its whole network");
        (await BoardAsync(BoardScope.Region, ani, LeaderboardPeriod.Month)).Me!.Points.ShouldBe(300, "this month counts too");
    }

    [Fact]
    public async Task After_a_member_moves_store_their_new_points_count_for_the_new_store_and_the_old_store_keeps_what_was_earned_there()
    {
        var (_, _, storeA, storeB) = await ChannelAsync();
        var (mover, stayer) = (await StaffAsync(storeA, "Dewi"), await StaffAsync(storeA, "Eko"));
        await EarnAsync(mover, 250);
        await app.DbAsync(async db => { (await db.Members.SingleAsync(m => m.Id == mover)).MoveTo(storeB); return await db.SaveChangesAsync(); });
        await EarnAsync(mover, 100);

        var stores = await BoardAsync(BoardScope.Stores, mover);
        stores.Me!.MemberId.ShouldBe(storeB);
        stores.Me.Points.ShouldBe(100);
        (await BoardAsync(BoardScope.Stores, stayer)).Me!.Points.ShouldBe(250);
        var team = await BoardAsync(BoardScope.Team, mover);
        team.Top.Single().Points.ShouldBe(350, "the team board lists the store's staff today, with their points of the period");
    }

    [Fact]
    public async Task Tied_members_share_a_rank_and_a_medal_and_whoever_reached_it_first_is_listed_first()
    {
        var (_, _, storeA, _) = await ChannelAsync();
        var (first, second, third, fourth) = (await StaffAsync(storeA, "Eka"), await StaffAsync(storeA, "Fajar"), await StaffAsync(storeA, "Gita"), await StaffAsync(storeA, "Hadi"));
        await EarnAsync(fourth, 900);
        await EarnAsync(first, 500);
        await EarnAsync(third, 700);
        await EarnAsync(second, 500);

        var board = await BoardAsync(BoardScope.Region, first);

        board.Top.Select(r => (r.Rank, r.Name, r.Medal)).ShouldBe([(1, "Hadi", true), (2, "Gita", true), (3, "Eka", true), (3, "Fajar", true)]);
    }

    [Fact]
    public async Task Outside_the_top_ten_I_see_my_neighbours_how_far_I_moved_and_what_it_takes_to_pass_the_next_one()
    {
        var (_, _, storeA, _) = await ChannelAsync();
        var people = new List<int>();
        for (var i = 1; i <= 15; i++)
        {
            var member = await StaffAsync(storeA, $"Staf {i:00}");
            people.Add(member);
            await EarnAsync(member, 2_000 - i * 100); // Staf 01 has 1,900 ... Staf 15 has 500
        }
        var me = people[12]; // Staf 13, 700 points, 13th
        await app.ServiceAsync<BoardStandings, int>(s => s.RankAsync(default));
        await EarnAsync(people[14], 1_000); // Staf 15 jumps from 15th to 5th: I drop to 14th

        var board = await BoardAsync(BoardScope.Region, me);

        board.Top.Count.ShouldBe(10);
        board.Around.Select(r => (r.Rank, r.Name)).ShouldBe([(12, "Staf 11"), (13, "Staf 12"), (14, "Staf 13"), (15, "Staf 14")]);
        board.Me!.Rank.ShouldBe(14);
        board.Me.Movement.ShouldBe(-1, "13th at the daily ranking, 14th now");
        board.Ahead!.Name.ShouldBe("Staf 12");
        board.PointsToPass.ShouldBe(101, "Staf 12 has 800, I have 700");
    }

    [Fact]
    public async Task Last_weeks_board_shows_last_weeks_points_and_its_winners()
    {
        var (_, _, storeA, _) = await ChannelAsync();
        var (winner, member) = (await StaffAsync(storeA, "Indah"), await StaffAsync(storeA, "Joko"));
        await EarnAsync(winner, 800, boardTime: DateTime.UtcNow.AddDays(-7));
        await EarnAsync(member, 300);

        var last = await BoardAsync(BoardScope.Region, member, past: true);
        var now = await BoardAsync(BoardScope.Region, member);

        last.Top.Single().Name.ShouldBe("Indah");
        last.Me!.Rank.ShouldBe(0, "Joko earned nothing last week");
        now.Top.Single().Name.ShouldBe("Joko");
    }

    [Fact]
    public async Task A_member_who_chose_to_hide_their_name_appears_as_staff_of_their_store()
    {
        var (region, _, storeA, _) = await ChannelAsync();
        var (hidden, viewer) = (await StaffAsync(storeA, "Kartika"), await StaffAsync(storeA, "Lukas"));
        await EarnAsync(hidden, 600);
        await app.ServiceAsync<BoardPrivacy, bool>(async p => { await p.SetAnonymousAsync(hidden, true, default); return true; });

        var board = await BoardAsync(BoardScope.Region, viewer);

        var row = board.Top.Single(r => r.MemberId == hidden);
        row.Anonymous.ShouldBeTrue();
        row.Store.ShouldBe($"Toko A {region}");
        row.AnonymousNumber.ShouldBe(1, "the first of the store's staff");
    }
}

public class SqliteBoardTests(SqliteApp app) : BoardContract(app), IClassFixture<SqliteApp>;

public class PostgresBoardTests(PostgresApp app) : BoardContract(app), IClassFixture<PostgresApp>;
