using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class SalesConfiguration :
    IEntityTypeConfiguration<Product>, IEntityTypeConfiguration<EarnRule>, IEntityTypeConfiguration<SaleRecord>,
    IEntityTypeConfiguration<ApiClient>, IEntityTypeConfiguration<SalesImport>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Sku).HasMaxLength(40);
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.Category).HasMaxLength(60);
        b.HasIndex(p => p.Sku).IsUnique();
    }

    public void Configure(EntityTypeBuilder<EarnRule> b)
    {
        b.Property(r => r.Region).HasMaxLength(80);
        b.HasOne(r => r.Product).WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ProductId, r.Active });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_EarnRules_Step", "\"StepQuantity\" >= 1");
            t.HasCheckConstraint("CK_EarnRules_Points", "\"PointsPerStep\" >= 1");
        });
    }

    public void Configure(EntityTypeBuilder<SaleRecord> b)
    {
        b.Property(s => s.HeldReason).HasMaxLength(64);
        b.Property(s => s.ReviewNote).HasMaxLength(200);
        b.HasIndex(s => new { s.Review, s.CreatedAt });
        b.Property(s => s.Review).HasDefaultValue(SaleReview.None);
        b.Property(s => s.ExternalId).HasMaxLength(64);
        b.Property(s => s.Scope).HasMaxLength(24);
        b.Property(s => s.Source).HasMaxLength(16);
        b.HasIndex(s => new { s.Scope, s.ExternalId }).IsUnique();
        b.HasIndex(s => new { s.MemberId, s.SoldAt });
        b.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ApiClient>().WithMany().HasForeignKey(s => s.ApiClientId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.Property(c => c.Name).HasMaxLength(80);
        b.Property(c => c.KeyHash).HasMaxLength(64);
        b.Property(c => c.KeyHint).HasMaxLength(16);
        b.HasIndex(c => c.KeyHash).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SalesImport> b)
    {
        b.Property(i => i.FileName).HasMaxLength(200);
        b.HasOne<Member>().WithMany().HasForeignKey(i => i.UploadedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
