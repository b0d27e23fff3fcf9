using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class LeaderboardConfiguration : IEntityTypeConfiguration<LeaderboardScore>, IEntityTypeConfiguration<PartnerScore>
{
    public void Configure(EntityTypeBuilder<LeaderboardScore> b)
    {
        b.Property(s => s.Board).HasMaxLength(64);
        b.Property(s => s.PeriodKey).HasMaxLength(16);
        b.HasIndex(s => new { s.Board, s.PeriodKey, s.MemberId }).IsUnique();
        b.HasIndex(s => new { s.Board, s.PeriodKey, s.Points });
        b.Property(s => s.RankedDay).HasMaxLength(10);
        b.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PartnerScore> b)
    {
        b.Property(s => s.Board).HasMaxLength(64);
        b.Property(s => s.PeriodKey).HasMaxLength(16);
        b.Property(s => s.RankedDay).HasMaxLength(10);
        b.HasIndex(s => new { s.Board, s.PeriodKey, s.PartnerId }).IsUnique();
        b.HasIndex(s => new { s.Board, s.PeriodKey, s.Points });
        b.HasOne<Partner>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
