using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class LedgerConfiguration : IEntityTypeConfiguration<LedgerEntry>, IEntityTypeConfiguration<Wallet>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.Property(e => e.SourceType).HasMaxLength(32);
        b.Property(e => e.SourceId).HasMaxLength(64);
        b.Property(e => e.IdempotencyKey).HasMaxLength(PostingRules.MaxKeyLength);
        b.Property(e => e.ReasonKey).HasMaxLength(64);
        b.Property(e => e.Subject).HasMaxLength(200);
        b.HasIndex(e => e.IdempotencyKey).IsUnique();
        b.HasIndex(e => new { e.MemberId, e.CreatedAt });
        b.HasIndex(e => e.CreatedAt);
        b.HasIndex(e => new { e.MemberId, e.Qualifies, e.CreatedAt });
        b.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_LedgerEntries_Amount", "\"Amount\" <> 0"));
    }

    public void Configure(EntityTypeBuilder<Wallet> b)
    {
        b.HasKey(w => w.MemberId);
        b.Property(w => w.MemberId).ValueGeneratedNever();
        b.HasOne<Member>().WithOne().HasForeignKey<Wallet>(w => w.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_Wallets_Balance", "\"Balance\" >= 0"));
    }
}
