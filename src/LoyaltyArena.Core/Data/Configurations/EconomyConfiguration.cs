using LoyaltyArena.Core.Audit;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Ledger;
using LoyaltyArena.Core.Notifications;
using LoyaltyArena.Core.Partners;
using LoyaltyArena.Core.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class EconomyConfiguration :
    IEntityTypeConfiguration<ProgramRules>, IEntityTypeConfiguration<Tier>, IEntityTypeConfiguration<MemberTier>,
    IEntityTypeConfiguration<PointLot>, IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<AuditEntry>, IEntityTypeConfiguration<MailPreference>
{
    public void Configure(EntityTypeBuilder<MailPreference> b)
    {
        b.HasKey(p => new { p.MemberId, p.Kind });
        b.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ProgramRules> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasData(new
        {
            Id = ProgramRules.SingletonId, TierWindowMonths = 12, ExpiryMonths = 12,
            ReferralWelcomePoints = 100, ReferralBonusPoints = 300, ReferralMonthlyCap = 10, ReferralQualifier = Referrals.ReferralQualifier.FirstTrainingPassed,
            MaxUnitsPerSaleLine = (int?)1_000, MaxPointsPerMemberDay = (int?)50_000, MaxChallengePointsPerMemberDay = (int?)10_000,
        });
    }

    /// <summary>Every program starts with these tiers (Bronze, Silver, Gold and Platinum, the product's default ladder); marketers change them in Studio.</summary>
    public void Configure(EntityTypeBuilder<Tier> b)
    {
        b.Property(t => t.Name).HasMaxLength(40);
        b.Property(t => t.BenefitsId).HasMaxLength(300);
        b.Property(t => t.BenefitsEn).HasMaxLength(300);
        b.Property(t => t.Color).HasMaxLength(7);
        b.HasIndex(t => t.Threshold).IsUnique();
        b.HasIndex(t => t.Name).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_Tiers_Multiplier", "\"MultiplierPercent\" BETWEEN 100 AND 500"));
        b.HasData(
            new { Id = 1, Name = "Bronze", Threshold = 0, MultiplierPercent = 100, Color = "#a0612b",
                BenefitsId = "Kumpulkan poin dari pelatihan, kuis, tantangan, dan penjualan.", BenefitsEn = "Earn points from trainings, quizzes, challenges and sales." },
            new { Id = 2, Name = "Silver", Threshold = 1_000, MultiplierPercent = 110, Color = "#5f6b75",
                BenefitsId = "Poin x1,1 untuk setiap aktivitas dan penjualan.", BenefitsEn = "x1.1 points on every activity and sale." },
            new { Id = 3, Name = "Gold", Threshold = 5_000, MultiplierPercent = 125, Color = "#9a7208",
                BenefitsId = "Poin x1,25 dan hadiah khusus Gold.", BenefitsEn = "x1.25 points and Gold-only rewards." },
            new { Id = 4, Name = "Platinum", Threshold = 15_000, MultiplierPercent = 150, Color = "#3c4f76",
                BenefitsId = "Poin x1,5, hadiah eksklusif, dan undangan acara brand.", BenefitsEn = "x1.5 points, exclusive rewards and invitations to brand events." });
    }

    public void Configure(EntityTypeBuilder<MemberTier> b)
    {
        b.HasKey(m => m.MemberId);
        b.Property(m => m.MemberId).ValueGeneratedNever();
        b.HasOne<Member>().WithOne().HasForeignKey<MemberTier>(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Tier>().WithMany().HasForeignKey(m => m.TierId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PointLot> b)
    {
        b.HasIndex(l => l.LedgerEntryId).IsUnique();
        b.HasIndex(l => new { l.MemberId, l.ExpiresAt });
        b.HasIndex(l => new { l.ExpiresAt, l.Remaining });
        b.HasOne<LedgerEntry>().WithOne().HasForeignKey<PointLot>(l => l.LedgerEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_PointLots_Remaining", "\"Remaining\" >= 0 AND \"Remaining\" <= \"Amount\""));
    }

    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.TextKey).HasMaxLength(64);
        b.Property(n => n.Args).HasMaxLength(500);
        b.Property(n => n.DedupKey).HasMaxLength(128);
        b.Property(n => n.Link).HasMaxLength(200);
        b.HasIndex(n => n.DedupKey).IsUnique();
        b.HasIndex(n => new { n.MemberId, n.ReadAt });
        b.HasIndex(n => new { n.MemberId, n.CreatedAt });
        b.HasOne<Member>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.TargetType).HasMaxLength(40);
        b.Property(a => a.TargetId).HasMaxLength(64);
        b.Property(a => a.Reason).HasMaxLength(200);
        b.Property(a => a.Details).HasMaxLength(1000);
        b.HasIndex(a => a.CreatedAt);
        b.HasIndex(a => new { a.TargetType, a.TargetId });
    }
}
