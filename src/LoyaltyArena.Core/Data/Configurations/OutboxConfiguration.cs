using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>, IEntityTypeConfiguration<DataProtectionKey>,
    IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.Channel).HasMaxLength(16);
        b.Property(m => m.Template).HasMaxLength(64);
        b.Property(m => m.Recipient).HasMaxLength(256);
        b.Property(m => m.Language).HasMaxLength(8);
        b.Property(m => m.DedupKey).HasMaxLength(128);
        b.Property(m => m.LastError).HasMaxLength(500);
        b.HasIndex(m => m.DedupKey).IsUnique();
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        b.HasIndex(m => new { m.MemberId, m.Id });
        b.Ignore(m => m.State);
    }

    public void Configure(EntityTypeBuilder<Broadcast> b)
    {
        b.Property(m => m.Title).HasMaxLength(120);
        b.Property(m => m.Body).HasMaxLength(4000);
        b.Property(m => m.Link).HasMaxLength(200);
        b.Property(m => m.TargetRegion).HasMaxLength(100);
        b.HasIndex(m => new { m.SentAt, m.SendAt });
        b.ToTable(t => t.HasCheckConstraint("CK_Broadcasts_Counts", "\"Recipients\" >= 0 AND \"Emails\" >= 0"));
    }

    public void Configure(EntityTypeBuilder<DataProtectionKey> b) => b.Property(k => k.FriendlyName).HasMaxLength(200);
}
