using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Rewards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class RewardConfiguration :
    IEntityTypeConfiguration<Reward>, IEntityTypeConfiguration<VoucherCode>, IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Reward> b)
    {
        b.Property(r => r.Terms).HasMaxLength(Reward.TermsLength).HasDefaultValue("");
        b.Property(r => r.EventPlace).HasMaxLength(Reward.PlaceLength);
        b.Property(r => r.Name).HasMaxLength(120);
        b.Property(r => r.Description).HasMaxLength(400);
        b.Property(r => r.Image).HasMaxLength(64);
        b.HasMany(r => r.Codes).WithOne().HasForeignKey(c => c.RewardId);
        b.Navigation(r => r.Codes).HasField("_codes");
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Rewards_Stock", "\"Stock\" >= 0");
            t.HasCheckConstraint("CK_Rewards_StockMax", $"\"Stock\" <= {Reward.MaxStock}");
            t.HasCheckConstraint("CK_Rewards_Cost", "\"Cost\" > 0");
        });
    }

    public void Configure(EntityTypeBuilder<VoucherCode> b)
    {
        b.Property(c => c.Code).HasMaxLength(64);
        b.HasIndex(c => new { c.RewardId, c.Code }).IsUnique();
        b.HasIndex(c => c.RedemptionId).IsUnique();
        b.HasIndex(c => new { c.RewardId, c.RedemptionId });
    }

    public void Configure(EntityTypeBuilder<Redemption> b)
    {
        b.Property(r => r.RequestKey).HasMaxLength(64);
        b.Property(r => r.Code).HasMaxLength(64);
        b.Property(r => r.WalletNumber).HasMaxLength(20);
        b.Property(r => r.PayoutReference).HasMaxLength(64);
        b.Property(r => r.ShipRecipient).HasMaxLength(80);
        b.Property(r => r.ShipPhone).HasMaxLength(20);
        b.Property(r => r.ShipAddress).HasMaxLength(300);
        b.Property(r => r.ShipCity).HasMaxLength(80);
        b.Property(r => r.ShipPostalCode).HasMaxLength(10);
        b.Property(r => r.Courier).HasMaxLength(40);
        b.Property(r => r.TrackingNumber).HasMaxLength(64);
        b.HasIndex(r => new { r.Stage, r.CreatedAt });
        b.HasIndex(r => new { r.MemberId, r.RequestKey }).IsUnique();
        b.HasIndex(r => r.LedgerEntryId).IsUnique();
        b.HasOne(r => r.Reward).WithMany().HasForeignKey(r => r.RewardId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t =>
        {
            // A step is only recorded with what proves it: the transfer reference, the wallet, the tracking number.
            t.HasCheckConstraint("CK_Redemptions_PaidHasReference", "\"Stage\" <> 'Paid' OR \"PayoutReference\" IS NOT NULL");
            t.HasCheckConstraint("CK_Redemptions_PayoutHasWallet", "\"Stage\" NOT IN ('PaymentPending', 'Paid') OR \"WalletNumber\" IS NOT NULL");
            t.HasCheckConstraint("CK_Redemptions_ShipmentHasAddress", "\"Stage\" NOT IN ('Ordered', 'Packed', 'Shipped') OR \"ShipAddress\" IS NOT NULL");
            t.HasCheckConstraint("CK_Redemptions_ShippedHasTracking", "\"ShipAddress\" IS NULL OR \"Stage\" NOT IN ('Shipped', 'Delivered') OR \"TrackingNumber\" IS NOT NULL");
        });
    }
}
