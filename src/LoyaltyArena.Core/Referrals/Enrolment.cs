using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Referrals;

public sealed record SignupInput(string? Name, string? Phone, string? Email, string? Language);

public enum JoinStatus
{
    Joined,
    AwaitingApproval,
    Invalid,
    LinkClosed,
}

public sealed record JoinOutcome(JoinStatus Status, int MemberId = 0, IReadOnlyList<Problem>? Problems = null) : IWriteOutcome
{
    public bool Succeeded => Status is JoinStatus.Joined or JoinStatus.AwaitingApproval;
}

/// <summary>
/// Someone opens an invite or a referral link and signs up into that store. Staff who come through a referral or an
/// open invite wait for the owner's approval; the referral rules decide whether anyone will be paid for it.
/// </summary>
public sealed class Enrolment(ArenaDbContext db, ArenaTransactions transactions, Invitations invitations, ReferralService referrals, Notifications.Notifier notifier, TimeProvider clock)
{
    /// <param name="passwordHash">Made by the host's password hasher after its password rules passed.</param>
    /// <param name="source">The address the sign-up came from; only its hash is kept.</param>
    /// <param name="device">The browser's device id; only its hash is kept.</param>
    /// <param name="signedInMemberId">Who is signed in on this browser, if anyone: a member opening their own link refers nobody.</param>
    public async Task<JoinOutcome> JoinAsync(string code, SignupInput input, string passwordHash, string source, string device, int? signedInMemberId, CancellationToken cancellationToken)
    {
        var target = await invitations.ResolveAsync(code, cancellationToken);
        if (target is null || target.State != InvitationState.Open) return new JoinOutcome(JoinStatus.LinkClosed);
        var problems = PeopleChecks.Member(new MemberInput(input.Name, input.Phone, input.Email, target.PartnerId, Roles.Staff, input.Language));
        if (problems.Count > 0) return new JoinOutcome(JoinStatus.Invalid, Problems: problems);
        var phone = PhoneNumbers.Normalize(input.Phone!);
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];
        var (sourceHash, deviceHash) = (Hash("ip:" + source), Hash("device:" + device));

        return await transactions.WriteAsync(async ct =>
        {
            if (await PeopleChecks.TakenAsync(db, phone, email, null, ct) is { } taken) return new JoinOutcome(JoinStatus.Invalid, Problems: [taken]);
            var now = clock.GetUtcNow().UtcDateTime;
            var member = new Member(input.Name!.Trim(), email, phone, target.PartnerId, ReferralCodes.New(input.Name!), now)
            {
                PasswordHash = passwordHash,
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            member.ChooseLanguage(input.Language ?? Languages.Indonesian);
            if (target.NeedsApproval) member.AwaitApproval(target.ReferrerId);
            else member.JoinedBy(target.ReferrerId);
            db.Members.Add(member);
            if (target.InvitationId is { } invitationId)
                await db.Invitations.Where(i => i.Id == invitationId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Joined, i => i.Joined + 1), ct);
            await db.SaveChangesAsync(ct);
            var roles = await MemberRoles.IdsAsync(db, ct);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<int> { UserId = member.Id, RoleId = roles[Roles.Staff] });
            await db.SaveChangesAsync(ct);

            if (target.ReferrerId is { } referrerId)
                await referrals.RecordAsync(referrerId, member, sourceHash, deviceHash, signedInMemberId == referrerId, ct);
            if (!target.NeedsApproval) await referrals.WelcomeAsync(member, ct);
            else await notifier.NotifyOwnersAsync(target.PartnerId, "Notify.WaitsForApproval", [member.DisplayName], $"waits:{member.Id}", ct, "/Team");
            return new JoinOutcome(target.NeedsApproval ? JoinStatus.AwaitingApproval : JoinStatus.Joined, member.Id);
        }, cancellationToken);
    }
}
