using LoyaltyArena.Core.Leaderboards;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class LeaderboardConfiguration : IEntityTypeConfiguration<LeaderboardScore>
{
    public void Configure(EntityTypeBuilder<LeaderboardScore> b)
    {
        b.Property(s => s.Board).HasMaxLength(64);
        b.Property(s => s.PeriodKey).HasMaxLength(16);
        b.HasIndex(s => new { s.Board, s.PeriodKey, s.MemberId }).IsUnique();
        b.HasIndex(s => new { s.Board, s.PeriodKey, s.Points });
        b.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
