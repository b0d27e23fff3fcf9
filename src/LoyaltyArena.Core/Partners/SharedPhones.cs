using System.Globalization;
using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Partners;

public enum SwitchOutcome
{
    Switched,
    WrongPin,
    Locked,

    /// <summary>The clerk has not set a PIN yet: they sign in with their password once.</summary>
    NoPin,

    /// <summary>No such clerk on this phone (or the phone was removed): a PIN opens nothing anywhere else.</summary>
    NotHere,
}

public sealed record SwitchResult(SwitchOutcome Outcome, int TriesLeft = 0);

public sealed record PhoneSeatLine(int MemberId, string Name, bool HasPin, bool Locked);

public sealed record SharedPhoneView(int Id, string Name, string Store, IReadOnlyList<PhoneSeatLine> Seats);

public sealed record StorePhoneLine(int Id, string Name, DateTime CreatedAt, DateTime LastUsedAt, IReadOnlyList<string> Clerks);

/// <summary>
/// A store's shared phone (★): several clerks stay on it and switch by a PIN that works only there. The phone is known
/// by a random token; a PIN is checked only against the clerks kept on that token's phone, so it can never sign anyone
/// in elsewhere. Five wrong PINs lock the clerk's seat until they sign in with their password on that phone.
/// </summary>
public sealed class SharedPhones(ArenaDbContext db, ArenaTransactions transactions, IPasswordHasher<Member> hasher, TimeProvider clock)
{
    public const int MaxTries = 5;
    public const int MaxClerks = 12;

    public static string NewToken() => SecretTokens.New();

    private static string Hash(string token) => SecretTokens.Hash(token);

    /// <summary>The live phone this token belongs to, while its store still allows shared phones.</summary>
    private IQueryable<SharedPhone> Live(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return db.SharedPhones.Where(_ => false);
        var hash = Hash(token);
        return db.SharedPhones.Where(p => p.TokenHash == hash && p.RemovedAt == null && db.Partners.Any(s => s.Id == p.PartnerId && s.SharedPhones));
    }

    public async Task<SharedPhoneView?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var phone = await Live(token).AsNoTracking()
            .Select(p => new { p.Id, p.Name, Store = db.Partners.Where(s => s.Id == p.PartnerId).Select(s => s.Name).Single() }).FirstOrDefaultAsync(cancellationToken);
        if (phone is null) return null;
        var seats = await db.SharedPhoneSeats.AsNoTracking().Where(s => s.SharedPhoneId == phone.Id)
            .Join(db.Members.Where(m => m.DeactivatedAt == null && m.Approval == MemberApproval.Approved), s => s.MemberId, m => m.Id,
                (s, m) => new { s.AddedAt, Line = new PhoneSeatLine(m.Id, m.DisplayName, m.PinHash != null, s.LockedAt != null) })
            .ToListAsync(cancellationToken);
        return new SharedPhoneView(phone.Id, phone.Name, phone.Store, seats.OrderBy(s => s.AddedAt).Select(s => s.Line).ToList());
    }

    /// <summary>Whether the member's store lets its phones be shared (the page offers to make this one shared).</summary>
    public Task<bool> AllowedForAsync(int memberId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().Where(m => m.Id == memberId).AnyAsync(m => m.Partner!.SharedPhones && m.Partner.Kind != PartnerKind.Brand, cancellationToken);

    public async Task<bool> HasPinAsync(int memberId, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().AnyAsync(m => m.Id == memberId && m.PinHash != null, cancellationToken);

    /// <summary>Makes the phone the member is on a shared phone of their store and keeps them on it. Returns its token.</summary>
    public async Task<string?> RegisterAsync(int memberId, string name, CancellationToken cancellationToken) =>
        (await transactions.WriteAsync(async ct =>
        {
            var storeId = await db.Members.Where(m => m.Id == memberId && m.Partner!.SharedPhones && m.Partner.Kind != PartnerKind.Brand)
                .Select(m => (int?)m.PartnerId).FirstOrDefaultAsync(ct);
            if (storeId is null) return new Done<string?>(null);
            var token = NewToken();
            var now = clock.GetUtcNow().UtcDateTime;
            var phone = new SharedPhone(storeId.Value, string.IsNullOrWhiteSpace(name) ? "" : name.Trim()[..Math.Min(name.Trim().Length, 60)], Hash(token), memberId, now);
            phone.Seats.Add(new SharedPhoneSeat(memberId, now));
            db.SharedPhones.Add(phone);
            await db.SaveChangesAsync(ct);
            return new Done<string?>(token);
        }, cancellationToken)).Value;

    /// <summary>
    /// After a sign-in with the password on this phone: the member is kept on it (if they belong to its store), and a
    /// seat locked by wrong PINs opens again.
    /// </summary>
    public async Task<bool> KeepAsync(string? token, int memberId, CancellationToken cancellationToken) =>
        (await transactions.WriteAsync(async ct =>
        {
            var phone = await Live(token).Include(p => p.Seats).FirstOrDefaultAsync(ct);
            if (phone is null || !await db.Members.AnyAsync(m => m.Id == memberId && m.PartnerId == phone.PartnerId, ct)) return new Done<bool>(false);
            var now = clock.GetUtcNow().UtcDateTime;
            if (phone.Seats.FirstOrDefault(s => s.MemberId == memberId) is { } seat) seat.Unlock();
            else if (phone.Seats.Count >= MaxClerks) return new Done<bool>(false);
            else phone.Seats.Add(new SharedPhoneSeat(memberId, now));
            phone.Used(now);
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken)).Value;

    public async Task<Saved> SetPinAsync(int memberId, string? pin, CancellationToken cancellationToken)
    {
        if (PinRules.Problem(pin) is { } problem) return Saved.Refused("Pin", problem);
        return await transactions.WriteAsync(async ct =>
        {
            var member = await db.Members.FoundAsync(m => m.Id == memberId, ct);
            member.SetPinHash(hasher.HashPassword(member, pin!));
            await db.SaveChangesAsync(ct);
            return Saved.Ok(memberId);
        }, cancellationToken);
    }

    /// <summary>
    /// Checks the PIN of a clerk kept on this phone. A wrong one is counted in one statement, so tries made at once all
    /// count; the fifth locks the seat. A locked seat is refused without looking at the PIN.
    /// </summary>
    public async Task<SwitchResult> SwitchAsync(string? token, int memberId, string? pin, CancellationToken cancellationToken)
    {
        var phoneId = await Live(token).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (phoneId is null) return new(SwitchOutcome.NotHere);
        var seat = await db.SharedPhoneSeats.AsNoTracking().Where(s => s.SharedPhoneId == phoneId && s.MemberId == memberId)
            .Select(s => new { s.Id, s.LockedAt, Member = db.Members.Single(m => m.Id == s.MemberId) }).FirstOrDefaultAsync(cancellationToken);
        if (seat is null || !seat.Member.CanSignIn) return new(SwitchOutcome.NotHere);
        if (seat.LockedAt is not null) return new(SwitchOutcome.Locked);
        if (seat.Member.PinHash is null) return new(SwitchOutcome.NoPin);
        var now = clock.GetUtcNow().UtcDateTime;
        var right = !string.IsNullOrEmpty(pin) && pin.Length <= PinRules.MaxLength
            && hasher.VerifyHashedPassword(seat.Member, seat.Member.PinHash, pin) != PasswordVerificationResult.Failed;
        if (right)
        {
            var opened = await db.SharedPhoneSeats.Where(s => s.Id == seat.Id && s.LockedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailedPins, 0).SetProperty(x => x.LastSwitchAt, now), cancellationToken);
            if (opened == 0) return new(SwitchOutcome.Locked);
            await db.SharedPhones.Where(p => p.Id == phoneId).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastUsedAt, now), cancellationToken);
            return new(SwitchOutcome.Switched);
        }
        await db.SharedPhoneSeats.Where(s => s.Id == seat.Id && s.LockedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailedPins, x => x.FailedPins + 1), cancellationToken);
        var locked = await db.SharedPhoneSeats.Where(s => s.Id == seat.Id && s.LockedAt == null && s.FailedPins >= MaxTries)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockedAt, now), cancellationToken);
        var failed = await db.SharedPhoneSeats.Where(s => s.Id == seat.Id).Select(s => new { s.FailedPins, s.LockedAt }).SingleAsync(cancellationToken);
        return locked > 0 || failed.LockedAt is not null ? new(SwitchOutcome.Locked) : new(SwitchOutcome.WrongPin, MaxTries - failed.FailedPins);
    }

    /// <summary>The clerk signs out on the shared phone: they are no longer kept on it.</summary>
    public async Task LeaveAsync(string? token, int memberId, CancellationToken cancellationToken)
    {
        var phoneId = await Live(token).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (phoneId is not null)
            await db.SharedPhoneSeats.Where(s => s.SharedPhoneId == phoneId && s.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StorePhoneLine>> ForStoreAsync(int storeId, CancellationToken cancellationToken)
    {
        var phones = await db.SharedPhones.AsNoTracking().Where(p => p.PartnerId == storeId && p.RemovedAt == null).OrderByDescending(p => p.LastUsedAt)
            .Select(p => new { p.Id, p.Name, p.CreatedAt, p.LastUsedAt, Clerks = p.Seats.OrderBy(s => s.AddedAt).Select(s => db.Members.Where(m => m.Id == s.MemberId).Select(m => m.DisplayName).Single()).ToList() })
            .ToListAsync(cancellationToken);
        return phones.Select(p => new StorePhoneLine(p.Id, p.Name, p.CreatedAt, p.LastUsedAt, p.Clerks)).ToList();
    }

    public Task<bool> StoreAllowsAsync(int storeId, CancellationToken cancellationToken) =>
        db.Partners.AsNoTracking().AnyAsync(p => p.Id == storeId && p.SharedPhones, cancellationToken);

    /// <summary>The owner turns shared phones on or off for their store; off removes every phone the store had.</summary>
    public async Task SetAllowedAsync(int ownerId, int storeId, bool allowed, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var store = await db.Partners.FoundAsync(p => p.Id == storeId, ct);
            if (store.SharedPhones == allowed) return new Done<bool>(false);
            store.AllowSharedPhones(allowed);
            var now = clock.GetUtcNow().UtcDateTime;
            if (!allowed)
            {
                var live = db.SharedPhones.Where(p => p.PartnerId == storeId && p.RemovedAt == null);
                await EndSessionsAsync(live, ct);
                await live.ExecuteUpdateAsync(s => s.SetProperty(p => p.RemovedAt, now), ct);
            }
            db.AuditEntries.Add(new AuditEntry(ownerId, AuditActions.SharedPhonesAllowed, "partner", storeId.ToString(CultureInfo.InvariantCulture), "Team", allowed ? "on" : "off", now));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);

    /// <summary>
    /// A removed phone may be lost or sold with a clerk still signed in: every clerk kept on it gets a new security
    /// stamp, which ends each of their sessions within the cookie check's minute.
    /// </summary>
    private async Task EndSessionsAsync(IQueryable<SharedPhone> removed, CancellationToken ct)
    {
        var clerks = removed.SelectMany(p => p.Seats).Select(s => s.MemberId);
        var stamp = Guid.NewGuid().ToString("N"); // only has to differ from each one's old stamp
        await db.Members.Where(m => clerks.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.SecurityStamp, stamp), ct);
    }

    /// <summary>The owner removes a phone (lost, sold, replaced): its token opens nothing from now on.</summary>
    public async Task RemoveAsync(int ownerId, int storeId, int phoneId, CancellationToken cancellationToken) =>
        await transactions.WriteAsync(async ct =>
        {
            var phone = await db.SharedPhones.FoundAsync(p => p.Id == phoneId && p.PartnerId == storeId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            await EndSessionsAsync(db.SharedPhones.Where(p => p.Id == phoneId && p.RemovedAt == null), ct);
            phone.Remove(now);
            db.AuditEntries.Add(new AuditEntry(ownerId, AuditActions.SharedPhoneRemoved, "shared-phone", phoneId.ToString(CultureInfo.InvariantCulture), "Team", phone.Name, now));
            await db.SaveChangesAsync(ct);
            return new Done<bool>(true);
        }, cancellationToken);
}
