using LoyaltyArena.Core.LiveQuiz;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class LiveQuizConfiguration : IEntityTypeConfiguration<LiveSession>, IEntityTypeConfiguration<LivePlayer>, IEntityTypeConfiguration<LiveAnswer>
{
    public void Configure(EntityTypeBuilder<LiveSession> b)
    {
        b.Property(s => s.Code).HasMaxLength(8);
        b.Property(s => s.Title).HasMaxLength(120);
        b.Property(s => s.QuestionIds).HasMaxLength(500);
        b.Property(s => s.Prizes).HasMaxLength(200);
        b.Ignore(s => s.Questions);
        b.Ignore(s => s.PrizeList);
        b.Ignore(s => s.HasNext);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasIndex(s => new { s.Status, s.ClosesAt });
        b.HasIndex(s => s.HostId);
        b.HasOne<Member>().WithMany().HasForeignKey(s => s.HostId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_LiveSessions_Seconds", "\"SecondsPerQuestion\" BETWEEN 5 AND 120"));
    }

    public void Configure(EntityTypeBuilder<LivePlayer> b)
    {
        b.HasIndex(p => new { p.SessionId, p.MemberId }).IsUnique();
        b.HasOne<LiveSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<LiveAnswer> b)
    {
        b.Property(a => a.Options).HasMaxLength(200);
        b.HasIndex(a => new { a.SessionId, a.QuestionIndex, a.MemberId }).IsUnique();
        b.HasOne<LiveSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
