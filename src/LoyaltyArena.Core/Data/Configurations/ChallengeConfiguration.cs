using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class BadgeConfiguration : IEntityTypeConfiguration<Badges.MemberBadge>
{
    public void Configure(EntityTypeBuilder<Badges.MemberBadge> b)
    {
        b.Property(x => x.Code).HasMaxLength(32);
        b.HasIndex(x => new { x.MemberId, x.Code }).IsUnique();
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContestConfiguration : IEntityTypeConfiguration<Contest>, IEntityTypeConfiguration<ContestAward>
{
    public void Configure(EntityTypeBuilder<Contest> b)
    {
        b.Property(c => c.Title).HasMaxLength(120);
        b.Property(c => c.Description).HasMaxLength(1000);
        b.Property(c => c.Prizes).HasMaxLength(200);
        b.Property(c => c.Targets).HasMaxLength(60);
        b.Property(c => c.TargetRegion).HasMaxLength(80);
        b.Ignore(c => c.PrizeList);
        b.HasIndex(c => new { c.Status, c.EndsAt });
        b.ToTable(t => t.HasCheckConstraint("CK_Contests_Window", "\"EndsAt\" > \"StartsAt\""));
    }

    public void Configure(EntityTypeBuilder<ContestAward> b)
    {
        b.Property(a => a.Bracket).HasMaxLength(16);
        b.HasIndex(a => new { a.ContestId, a.Bracket, a.Place, a.MemberId }).IsUnique();
        b.HasOne<Contest>().WithMany().HasForeignKey(a => a.ContestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ChallengeConfiguration :
    IEntityTypeConfiguration<Challenge>, IEntityTypeConfiguration<ChallengeProgress>, IEntityTypeConfiguration<ProofSubmission>
{
    public void Configure(EntityTypeBuilder<Challenge> b)
    {
        b.Property(c => c.Title).HasMaxLength(120);
        b.Property(c => c.Description).HasMaxLength(1000);
        b.Property(c => c.Cover).HasMaxLength(64);
        b.Property(c => c.TargetRegion).HasMaxLength(80);
        b.HasIndex(c => new { c.Status, c.EndsAt });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Challenges_Target", "\"Target\" > 0");
            t.HasCheckConstraint("CK_Challenges_Points", "\"Points\" > 0");
            t.HasCheckConstraint("CK_Challenges_Window", "\"EndsAt\" > \"StartsAt\"");
        });
    }

    public void Configure(EntityTypeBuilder<ChallengeProgress> b)
    {
        b.ToTable("ChallengeProgress");
        b.HasIndex(p => new { p.ChallengeId, p.MemberId }).IsUnique();
        b.HasIndex(p => p.MemberId);
        b.HasOne<Challenge>().WithMany().HasForeignKey(p => p.ChallengeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ProofSubmission> b)
    {
        b.Property(p => p.Text).HasMaxLength(500);
        b.Property(p => p.Image).HasMaxLength(80);
        b.Property(p => p.ImageHash).HasMaxLength(64);
        b.Property(p => p.Reason).HasMaxLength(200);
        b.HasIndex(p => p.ImageHash).IsUnique();
        b.HasIndex(p => new { p.Status, p.Id });
        b.HasIndex(p => new { p.ChallengeId, p.MemberId });
        b.HasOne<Challenge>().WithMany().HasForeignKey(p => p.ChallengeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
