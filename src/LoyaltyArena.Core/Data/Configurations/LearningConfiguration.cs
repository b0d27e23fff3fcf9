using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LoyaltyArena.Core.Data.Configurations;

public sealed class SurveyConfiguration :
    IEntityTypeConfiguration<Survey>, IEntityTypeConfiguration<SurveyQuestion>, IEntityTypeConfiguration<SurveyResponse>, IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<Survey> b)
    {
        b.Property(s => s.Slug).HasMaxLength(80);
        b.Property(s => s.Title).HasMaxLength(120);
        b.Property(s => s.Intro).HasMaxLength(400);
        b.HasIndex(s => s.Slug).IsUnique();
        b.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId);
        b.Navigation(s => s.Questions).HasField("_questions");
    }

    public void Configure(EntityTypeBuilder<SurveyQuestion> b)
    {
        b.Property(q => q.Text).HasMaxLength(300);
        b.Property(q => q.Options).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.HasIndex(r => new { r.SurveyId, r.MemberId }).IsUnique();
        b.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.SurveyResponseId);
        b.Navigation(r => r.Answers).HasField("_answers");
    }

    public void Configure(EntityTypeBuilder<SurveyAnswer> b)
    {
        b.Property(a => a.Text).HasMaxLength(SurveyRules.MaxText);
        b.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LearningConfiguration :
    IEntityTypeConfiguration<TrainingModule>, IEntityTypeConfiguration<Lesson>, IEntityTypeConfiguration<Quiz>,
    IEntityTypeConfiguration<Question>, IEntityTypeConfiguration<QuestionOption>, IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<TrainingModule> b)
    {
        b.Property(m => m.Slug).HasMaxLength(80);
        b.Property(m => m.Title).HasMaxLength(120);
        b.Property(m => m.Summary).HasMaxLength(400);
        b.Property(m => m.CoverImage).HasMaxLength(64);
        b.HasIndex(m => m.Slug).IsUnique();
        b.HasMany(m => m.Lessons).WithOne().HasForeignKey(l => l.TrainingModuleId);
        b.HasOne(m => m.Quiz).WithOne().HasForeignKey<Quiz>(q => q.TrainingModuleId);
        b.Navigation(m => m.Lessons).HasField("_lessons");
    }

    public void Configure(EntityTypeBuilder<Lesson> b) => b.Property(l => l.Title).HasMaxLength(120);

    public void Configure(EntityTypeBuilder<Quiz> b)
    {
        b.Property(q => q.Title).HasMaxLength(120);
        b.HasMany(q => q.Questions).WithOne().HasForeignKey(q => q.QuizId);
        b.Navigation(q => q.Questions).HasField("_questions");
    }

    public void Configure(EntityTypeBuilder<Question> b)
    {
        b.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId);
        b.Navigation(q => q.Options).HasField("_options");
    }

    public void Configure(EntityTypeBuilder<QuestionOption> b) => b.ToTable("QuestionOptions");

    public void Configure(EntityTypeBuilder<QuizAttempt> b)
    {
        b.HasOne(a => a.Quiz).WithMany().HasForeignKey(a => a.QuizId);
        b.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.MemberId, a.QuizId, a.Status });
        // One open attempt per member and quiz, however many taps start it at once.
        b.HasIndex(a => new { a.MemberId, a.QuizId }).IsUnique().HasFilter("\"Status\" = 'InProgress'").HasDatabaseName("IX_QuizAttempts_OneOpen");
        b.Property(a => a.Selected).HasMaxLength(1000);
    }
}
