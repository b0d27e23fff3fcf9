using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Rewards;
using LoyaltyArena.Core.Tiers;

namespace LoyaltyArena.Web.Email;

/// <summary>A believable payload for every template: Studio previews them, tests render and send them.</summary>
public static class EmailSamples
{
    public const string Name = "Sari Wulandari";

    /// <param name="memberId">Who marketing samples are for (their unsubscribe link names them).</param>
    public static object For(string template, DateTime now, string appUrl = Unsubscribes.DevelopmentBase, string name = Name, int memberId = 0) => template switch
    {
        EmailTemplates.RedemptionReceipt => new RedemptionReceipt(name, "Pulsa Rp25.000", "PLS25-7KQ2M", 2_500, 1_340, 25_000, now),
        EmailTemplates.FulfilmentUpdate => new FulfilmentUpdateEmail(name, "Tumbler Arena", FulfilmentStage.Shipped, "JNE0123456789", "JNE", null, 42),
        EmailTemplates.TierChanged => new TierChangedEmail(name, "Gold", "Bonus poin 50%", true),
        EmailTemplates.ExpiryReminder => new ExpiryReminderEmail(name, 1_500, now.AddDays(7), 7),
        EmailTemplates.AccountLink => new AccountLinkEmail(name, AccountLinkPurpose.SignIn, $"{appUrl}/Account/Link?token=preview", 15),
        EmailTemplates.Welcome => new WelcomeEmail(name, "Toko Maju Jaya", 100, $"{appUrl}/Account/Link?token=preview", 7),
        EmailTemplates.WeeklyDigest => new DigestEmail(memberId, name, 2_340, 4, 620, 3, "Voucher Belanja Rp50.000", 160, "Pulsa Rp25.000", 300, now.AddDays(12)),
        EmailTemplates.Reactivation => new ReactivationEmail(memberId, name, 1_850, 3, 1, "Pulsa Rp25.000", 1_500, 300, now.AddDays(20)),
        EmailTemplates.ContestLaunch => new ContestLaunchEmail(memberId, name, 1, "Juara Penjualan Desember", "Toko dengan penjualan tertinggi menang.", now.AddDays(28), 1_000),
        EmailTemplates.ContestWon => new ContestWonEmail(name, "Juara Penjualan November", 1, 1_000),
        EmailTemplates.Announcement => new AnnouncementEmail(memberId, name, 1, "Produk baru: Kopi Susu Gula Aren",
            "Mulai **1 Desember** produk baru sudah di gudang.\n\n- Pelajari modulnya\n- Jual 10 dus, dapat bonus 200 poin", "/Learning"),
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "No such email template."),
    };
}
