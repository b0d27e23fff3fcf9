using LoyaltyArena.Core.Partners;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

/// <summary>ASP.NET Core Identity's tables (its version 3 schema), kept in the program database beside the ledger.</summary>
public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("Members");
        b.HasKey(m => m.Id);
        b.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(m => m.UserName).HasMaxLength(256);
        b.Property(m => m.NormalizedUserName).HasMaxLength(256);
        b.Property(m => m.Email).HasMaxLength(256);
        b.Property(m => m.NormalizedEmail).HasMaxLength(256);
        b.Property(m => m.PhoneNumber).HasMaxLength(32);
        b.Property(m => m.DisplayName).HasMaxLength(100);
        b.Property(m => m.Language).HasMaxLength(8);
        b.Property(m => m.ReferralCode).HasMaxLength(16);
        b.Property(m => m.PinHash).HasMaxLength(128);
        b.HasIndex(m => m.NormalizedUserName).IsUnique().HasDatabaseName("UserNameIndex");
        b.HasIndex(m => m.NormalizedEmail).IsUnique().HasDatabaseName("EmailIndex");
        b.HasIndex(m => m.PhoneNumber).IsUnique();
        b.HasIndex(m => m.ReferralCode).IsUnique();
        b.Ignore(m => m.IsActive);
        b.Ignore(m => m.CanSignIn);
        b.Property(m => m.Approval).HasDefaultValue(MemberApproval.Approved);
        b.HasIndex(m => new { m.PartnerId, m.Approval });
        b.HasOne<Member>().WithMany().HasForeignKey(m => m.ReferredById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.Partner).WithMany().HasForeignKey(m => m.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany<IdentityUserRole<int>>().WithOne().HasForeignKey(ur => ur.UserId).IsRequired();
        b.HasMany<IdentityUserClaim<int>>().WithOne().HasForeignKey(uc => uc.UserId).IsRequired();
        b.HasMany<IdentityUserLogin<int>>().WithOne().HasForeignKey(ul => ul.UserId).IsRequired();
        b.HasMany<IdentityUserToken<int>>().WithOne().HasForeignKey(ut => ut.UserId).IsRequired();
    }
}

public sealed class RoleConfiguration :
    IEntityTypeConfiguration<IdentityRole<int>>, IEntityTypeConfiguration<IdentityUserRole<int>>, IEntityTypeConfiguration<IdentityRoleClaim<int>>,
    IEntityTypeConfiguration<IdentityUserClaim<int>>, IEntityTypeConfiguration<IdentityUserLogin<int>>, IEntityTypeConfiguration<IdentityUserToken<int>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<int>> b)
    {
        b.ToTable("Roles");
        b.HasKey(r => r.Id);
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(r => r.Name).HasMaxLength(256);
        b.Property(r => r.NormalizedName).HasMaxLength(256);
        b.HasIndex(r => r.NormalizedName).IsUnique().HasDatabaseName("RoleNameIndex");
        b.HasMany<IdentityUserRole<int>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
        b.HasMany<IdentityRoleClaim<int>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
    }

    public void Configure(EntityTypeBuilder<IdentityUserRole<int>> b)
    {
        b.ToTable("MemberRoles");
        b.HasKey(r => new { r.UserId, r.RoleId });
    }

    public void Configure(EntityTypeBuilder<IdentityRoleClaim<int>> b)
    {
        b.ToTable("RoleClaims");
        b.HasKey(c => c.Id);
    }

    public void Configure(EntityTypeBuilder<IdentityUserClaim<int>> b)
    {
        b.ToTable("MemberClaims");
        b.HasKey(c => c.Id);
    }

    public void Configure(EntityTypeBuilder<IdentityUserLogin<int>> b)
    {
        b.ToTable("MemberLogins");
        b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        b.Property(l => l.LoginProvider).HasMaxLength(128);
        b.Property(l => l.ProviderKey).HasMaxLength(128);
    }

    public void Configure(EntityTypeBuilder<IdentityUserToken<int>> b)
    {
        b.ToTable("MemberTokens");
        b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        b.Property(t => t.LoginProvider).HasMaxLength(128);
        b.Property(t => t.Name).HasMaxLength(128);
    }
}
