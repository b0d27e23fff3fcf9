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
        b.Property(r => r.Name).HasMaxLength(120);
        b.Property(r => r.Description).HasMaxLength(400);
        b.HasMany(r => r.Codes).WithOne().HasForeignKey(c => c.RewardId);
        b.Navigation(r => r.Codes).HasField("_codes");
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Rewards_Stock", "\"Stock\" >= 0");
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
        b.HasIndex(r => new { r.MemberId, r.RequestKey }).IsUnique();
        b.HasIndex(r => r.LedgerEntryId).IsUnique();
        b.HasOne(r => r.Reward).WithMany().HasForeignKey(r => r.RewardId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
