using LoyaltyArena.Core.Partners;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Partners;

/// <summary>The store's shared phone on both engines: PIN tries counted under concurrency, locks, removal.</summary>
public abstract class SharedPhoneContract(ArenaApp app)
{
    /// <summary>A store of its own that allows shared phones, with <paramref name="count"/> clerks in it.</summary>
    private async Task<(int Store, int[] Clerks)> StoreAsync(int count, bool allowed = true)
    {
        var clerks = new int[count];
        for (var i = 0; i < count; i++) clerks[i] = await app.NewStaffAsync(0);
        var store = await app.DbAsync(async db =>
        {
            var partner = new Partner($"Toko HP {Guid.NewGuid():N}"[..24], PartnerKind.Store, "DKI Jakarta");
            partner.AllowSharedPhones(allowed);
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            await db.Members.Where(m => clerks.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.PartnerId, partner.Id));
            return partner.Id;
        });
        return (store, clerks);
    }

    private Task<T> PhonesAsync<T>(Func<SharedPhones, Task<T>> use) => app.ServiceAsync(use);

    [Fact]
    public async Task Five_wrong_PINs_sent_at_once_lock_the_clerk_on_that_phone_and_even_the_right_PIN_is_then_refused()
    {
        var (_, clerks) = await StoreAsync(2);
        var token = (await PhonesAsync(p => p.RegisterAsync(clerks[0], "HP kasir", default)))!;
        (await PhonesAsync(p => p.KeepAsync(token, clerks[1], default))).ShouldBeTrue();
        (await PhonesAsync(p => p.SetPinAsync(clerks[1], "2580", default))).Succeeded.ShouldBeTrue();

        var tries = await Task.WhenAll(Enumerable.Range(0, 7).Select(i => Task.Run(() => PhonesAsync(p => p.SwitchAsync(token, clerks[1], $"11{i}9", default)))));

        tries.ShouldAllBe(t => t.Outcome == SwitchOutcome.WrongPin || t.Outcome == SwitchOutcome.Locked);
        tries.Count(t => t.Outcome == SwitchOutcome.WrongPin).ShouldBeLessThanOrEqualTo(SharedPhones.MaxTries - 1, "the fifth wrong PIN locks");
        (await PhonesAsync(p => p.SwitchAsync(token, clerks[1], "2580", default))).Outcome.ShouldBe(SwitchOutcome.Locked);
        (await PhonesAsync(p => p.FindAsync(token, default)))!.Seats.Single(s => s.MemberId == clerks[1]).Locked.ShouldBeTrue();

        // Signing in with the password on the phone opens the seat again.
        (await PhonesAsync(p => p.KeepAsync(token, clerks[1], default))).ShouldBeTrue();
        (await PhonesAsync(p => p.SwitchAsync(token, clerks[1], "2580", default))).Outcome.ShouldBe(SwitchOutcome.Switched);
    }

    [Fact]
    public async Task A_wrong_PIN_says_how_many_tries_are_left_and_a_right_one_starts_the_count_again()
    {
        var (_, clerks) = await StoreAsync(1);
        var token = (await PhonesAsync(p => p.RegisterAsync(clerks[0], "HP", default)))!;
        await PhonesAsync(p => p.SetPinAsync(clerks[0], "482913", default));

        (await PhonesAsync(p => p.SwitchAsync(token, clerks[0], "482914", default))).ShouldBe(new SwitchResult(SwitchOutcome.WrongPin, 4));
        (await PhonesAsync(p => p.SwitchAsync(token, clerks[0], "48291", default))).ShouldBe(new SwitchResult(SwitchOutcome.WrongPin, 3));
        (await PhonesAsync(p => p.SwitchAsync(token, clerks[0], "482913", default))).Outcome.ShouldBe(SwitchOutcome.Switched);
        (await PhonesAsync(p => p.SwitchAsync(token, clerks[0], "000000", default))).ShouldBe(new SwitchResult(SwitchOutcome.WrongPin, 4));
    }

    [Fact]
    public async Task A_PIN_is_stored_hashed_and_opens_nothing_without_the_phone_or_for_a_clerk_not_kept_on_it()
    {
        var (_, clerks) = await StoreAsync(2);
        var token = (await PhonesAsync(p => p.RegisterAsync(clerks[0], "HP", default)))!;
        await PhonesAsync(p => p.SetPinAsync(clerks[1], "7391", default));

        var hash = await app.DbAsync(db => db.Members.Where(m => m.Id == clerks[1]).Select(m => m.PinHash).SingleAsync());
        hash.ShouldNotBeNull();
        hash.ShouldNotContain("7391");
        (await PhonesAsync(p => p.SwitchAsync(null, clerks[1], "7391", default))).Outcome.ShouldBe(SwitchOutcome.NotHere);
        (await PhonesAsync(p => p.SwitchAsync(SharedPhones.NewToken(), clerks[1], "7391", default))).Outcome.ShouldBe(SwitchOutcome.NotHere);
        (await PhonesAsync(p => p.SwitchAsync(token, clerks[1], "7391", default))).Outcome.ShouldBe(SwitchOutcome.NotHere, "not kept on this phone yet");
    }

    [Fact]
    public async Task A_clerk_of_another_store_is_not_kept_on_the_phone_and_a_store_that_does_not_allow_it_gets_none()
    {
        var (_, clerks) = await StoreAsync(1);
        var (_, others) = await StoreAsync(1);
        var (_, closed) = await StoreAsync(1, allowed: false);
        var token = (await PhonesAsync(p => p.RegisterAsync(clerks[0], "HP", default)))!;

        (await PhonesAsync(p => p.KeepAsync(token, others[0], default))).ShouldBeFalse();
        (await PhonesAsync(p => p.FindAsync(token, default)))!.Seats.Select(s => s.MemberId).ShouldBe([clerks[0]]);
        (await PhonesAsync(p => p.RegisterAsync(closed[0], "HP", default))).ShouldBeNull();
    }

    [Fact]
    public async Task The_owner_removing_the_phone_ends_its_clerks_sessions_and_its_token_opens_nothing()
    {
        var (store, clerks) = await StoreAsync(2);
        var token = (await PhonesAsync(p => p.RegisterAsync(clerks[0], "HP hilang", default)))!;
        await PhonesAsync(p => p.KeepAsync(token, clerks[1], default));
        await PhonesAsync(p => p.SetPinAsync(clerks[1], "5820", default));
        var stamps = await app.DbAsync(db => db.Members.Where(m => clerks.Contains(m.Id)).Select(m => m.SecurityStamp).ToListAsync());
        var phoneId = (await PhonesAsync(p => p.FindAsync(token, default)))!.Id;

        await PhonesAsync(async p => { await p.RemoveAsync(clerks[0], store, phoneId, default); return true; });

        (await PhonesAsync(p => p.FindAsync(token, default))).ShouldBeNull();
        (await PhonesAsync(p => p.SwitchAsync(token, clerks[1], "5820", default))).Outcome.ShouldBe(SwitchOutcome.NotHere);
        (await PhonesAsync(p => p.ForStoreAsync(store, default))).ShouldBeEmpty();
        var after = await app.DbAsync(db => db.Members.Where(m => clerks.Contains(m.Id)).Select(m => m.SecurityStamp).ToListAsync());
        after.ShouldNotContain(s => stamps.Contains(s));
    }

    [Theory]
    [InlineData("", "Pin.Required")]
    [InlineData("123", "Pin.Format")]
    [InlineData("1234567", "Pin.Format")]
    [InlineData("12a4", "Pin.Format")]
    [InlineData("１２３４", "Pin.Format")]
    [InlineData("0000", "Pin.TooEasy")]
    [InlineData("123456", "Pin.TooEasy")]
    [InlineData("9876", "Pin.TooEasy")]
    public async Task A_PIN_that_is_not_4_to_6_digits_or_is_easy_to_guess_is_refused_and_changes_nothing(string pin, string problem)
    {
        var (_, clerks) = await StoreAsync(1);
        var saved = await PhonesAsync(p => p.SetPinAsync(clerks[0], pin, default));
        saved.Problems.Select(p => p.Key).ShouldBe([problem]);
        (await PhonesAsync(p => p.HasPinAsync(clerks[0], default))).ShouldBeFalse();
    }
}

public class SqliteSharedPhoneTests(SqliteApp app) : SharedPhoneContract(app), IClassFixture<SqliteApp>;

public class PostgresSharedPhoneTests(PostgresApp app) : SharedPhoneContract(app), IClassFixture<PostgresApp>;
