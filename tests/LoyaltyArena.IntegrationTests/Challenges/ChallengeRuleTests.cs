using LoyaltyArena.Core.Challenges;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Core.Referrals;
using LoyaltyArena.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.IntegrationTests.Challenges;

/// <summary>The evaluators that read what members did (modules, surveys, referrals): what counts, and what does not.</summary>
public class ChallengeRuleTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly DateTime WindowStart = DateTime.UtcNow.AddDays(-3);
    private static readonly DateTime WindowEnd = DateTime.UtcNow.AddDays(3);

    private static Challenge Window(ChallengeKind kind, int? subject = null) =>
        new("Tes", "", kind, 3, subject, 100, WindowStart, WindowEnd, WindowStart);

    private Task<int> ProgressAsync<TRule>(Challenge challenge, int member) where TRule : IChallengeRule =>
        app.ServiceAsync<IEnumerable<IChallengeRule>, int>(rules => app.DbAsync(db => rules.OfType<TRule>().Single().ProgressAsync(db, challenge, member, default)));

    private Task AttemptAsync(int member, int quiz, bool passed, DateTime at) => app.DbAsync(async db =>
    {
        var attempt = new QuizAttempt(quiz, member, at.AddMinutes(-5), at.AddMinutes(10), 1, [1]);
        attempt.Complete(at, new ScoreCard(passed ? 1 : 0, 1, passed ? 100 : 0, passed, new HashSet<int>()), [], late: false, 0);
        db.QuizAttempts.Add(attempt);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Modules_count_once_each_when_one_of_their_quizzes_was_passed_inside_the_window()
    {
        var member = await app.NewStaffAsync(0);
        await app.DbAsync(db =>
        {
            var second = new TrainingModule($"modul-{Guid.NewGuid():N}"[..20], "Modul kedua", "Tes", 2);
            second.AddLesson("Satu", "Isi");
            second.AttachQuiz("Kuis kedua", passMarkPercent: 50, points: 10, timeLimitSeconds: 60).AddQuestion("Benar?", "Ya", ("Ya", true), ("Tidak", false));
            db.TrainingModules.Add(second);
            return db.SaveChangesAsync();
        });
        var quizzes = await app.DbAsync(db => db.Quizzes.Where(q => q.TrainingModuleId != null).Select(q => new { q.Id, Module = q.TrainingModuleId!.Value }).ToListAsync());
        var byModule = quizzes.GroupBy(q => q.Module).Select(g => g.First()).Take(2).ToList();

        await AttemptAsync(member, byModule[0].Id, passed: true, DateTime.UtcNow.AddDays(-1));
        await AttemptAsync(member, byModule[0].Id, passed: true, DateTime.UtcNow.AddHours(-1)); // the same module again
        await AttemptAsync(member, byModule[1].Id, passed: false, DateTime.UtcNow.AddHours(-2));
        await AttemptAsync(member, byModule[1].Id, passed: true, DateTime.UtcNow.AddDays(-10)); // before the window

        (await ProgressAsync<ModulesRule>(Window(ChallengeKind.Modules), member)).ShouldBe(1);
        (await ProgressAsync<ModulesRule>(Window(ChallengeKind.Modules, byModule[1].Module), member)).ShouldBe(0, "a chosen module counts only itself");

        await AttemptAsync(member, byModule[1].Id, passed: true, DateTime.UtcNow.AddMinutes(-1));
        (await ProgressAsync<ModulesRule>(Window(ChallengeKind.Modules), member)).ShouldBe(2);
        (await ProgressAsync<ModulesRule>(Window(ChallengeKind.Modules, byModule[1].Module), member)).ShouldBe(1);
    }

    [Fact]
    public async Task A_survey_answered_inside_the_window_counts_and_one_answered_before_it_does_not()
    {
        var member = await app.NewStaffAsync(0);
        var survey = await app.DbAsync(db => db.Surveys.Select(s => s.Id).FirstAsync());
        await app.DbAsync(db => { db.SurveyResponses.Add(new SurveyResponse(survey, member, DateTime.UtcNow.AddDays(-10))); return db.SaveChangesAsync(); });

        (await ProgressAsync<SurveyRule>(Window(ChallengeKind.Survey, survey), member)).ShouldBe(0);

        var other = await app.NewStaffAsync(0);
        await app.DbAsync(db => { db.SurveyResponses.Add(new SurveyResponse(survey, other, DateTime.UtcNow.AddHours(-1))); return db.SaveChangesAsync(); });
        (await ProgressAsync<SurveyRule>(Window(ChallengeKind.Survey, survey), other)).ShouldBe(1);
        (await ProgressAsync<SurveyRule>(Window(ChallengeKind.Survey, survey + 1_000), other)).ShouldBe(0, "another survey was chosen");
    }

    [Fact]
    public async Task Only_colleagues_who_qualified_inside_the_window_count_and_refused_or_waiting_ones_do_not()
    {
        var referrer = await app.NewStaffAsync(0);
        async Task ReferAsync(Action<Referral> outcome)
        {
            var referee = await app.NewStaffAsync(0);
            await app.DbAsync(db =>
            {
                var referral = new Referral(referrer, referee, "src", "dev", DateTime.UtcNow.AddDays(-1), null);
                outcome(referral);
                db.Referrals.Add(referral);
                return db.SaveChangesAsync();
            });
        }

        await ReferAsync(r => r.Qualified(DateTime.UtcNow.AddHours(-2), 300, capReached: false));
        await ReferAsync(r => r.Qualified(DateTime.UtcNow.AddHours(-1), 0, capReached: true)); // no bonus, but the colleague did qualify
        await ReferAsync(r => r.Qualified(DateTime.UtcNow.AddDays(-10), 300, capReached: false)); // before the window
        await ReferAsync(r => r.Welcomed(100)); // joined, not yet qualified
        await ReferAsync(r => r.Refuse("Referral.Refused.SameDevice"));

        (await ProgressAsync<ReferralsRule>(Window(ChallengeKind.Referrals), referrer)).ShouldBe(2);
    }
}
