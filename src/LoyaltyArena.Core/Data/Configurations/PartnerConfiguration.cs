using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.Region).HasMaxLength(80);
        b.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.Kind, p.Region });
        b.Property(p => p.Code).HasMaxLength(32);
        b.Property(p => p.City).HasMaxLength(80).HasDefaultValue("");
        b.HasIndex(p => p.Code).IsUnique();
        b.Ignore(p => p.IsActive);
    }
}

public sealed class PeopleConfiguration :
    IEntityTypeConfiguration<AccountLink>, IEntityTypeConfiguration<PeopleImport>,
    IEntityTypeConfiguration<Referrals.Invitation>, IEntityTypeConfiguration<Referrals.Referral>,
    IEntityTypeConfiguration<SharedPhone>, IEntityTypeConfiguration<SharedPhoneSeat>
{
    public void Configure(EntityTypeBuilder<SharedPhone> b)
    {
        b.Property(p => p.Name).HasMaxLength(60);
        b.Property(p => p.TokenHash).HasMaxLength(64);
        b.HasIndex(p => p.TokenHash).IsUnique();
        b.HasIndex(p => p.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Seats).WithOne().HasForeignKey(s => s.SharedPhoneId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SharedPhoneSeat> b)
    {
        // A clerk is kept once per phone; the seat's lock and tries are theirs on that phone only.
        b.HasIndex(s => new { s.SharedPhoneId, s.MemberId }).IsUnique();
        b.HasIndex(s => s.MemberId);
        b.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint("CK_SharedPhoneSeats_FailedPins", "\"FailedPins\" >= 0"));
    }

    public void Configure(EntityTypeBuilder<AccountLink> b)
    {
        b.Property(l => l.TokenHash).HasMaxLength(64);
        b.Property(l => l.Stamp).HasMaxLength(64);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => new { l.MemberId, l.CreatedAt });
        b.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PeopleImport> b)
    {
        b.Property(i => i.FileName).HasMaxLength(260);
    }

    public void Configure(EntityTypeBuilder<Referrals.Invitation> b)
    {
        b.Property(i => i.Code).HasMaxLength(16);
        b.HasIndex(i => i.Code).IsUnique();
        b.HasIndex(i => i.PartnerId);
        b.HasOne<Partner>().WithMany().HasForeignKey(i => i.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Referrals.Referral> b)
    {
        b.Property(r => r.RefusedReason).HasMaxLength(64);
        b.HasIndex(r => r.RefereeId).IsUnique();
        b.HasIndex(r => new { r.ReferrerId, r.Status });
        b.Property(r => r.Source).HasMaxLength(64);
        b.HasIndex(r => new { r.Source, r.CreatedAt });
        b.Property(r => r.Device).HasMaxLength(64);
        b.HasIndex(r => new { r.Device, r.CreatedAt });
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.ReferrerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.RefereeId).OnDelete(DeleteBehavior.Restrict);
    }
}
