using LoyaltyArena.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>, IEntityTypeConfiguration<DataProtectionKey>
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
    }

    public void Configure(EntityTypeBuilder<DataProtectionKey> b) => b.Property(k => k.FriendlyName).HasMaxLength(200);
}
