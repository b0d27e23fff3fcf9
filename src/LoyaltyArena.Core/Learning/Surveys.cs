using System.Globalization;
using LoyaltyArena.Core.Common;
using LoyaltyArena.Core.Data;
using LoyaltyArena.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Learning;

public sealed record SurveyCard(int Id, string Slug, string Title, string Intro, int Points, bool Done);

public sealed record SurveyForm(Survey Survey, bool Done);

public sealed record SurveyAnswerInput(int QuestionId, string? Value, string? Text);

public sealed record SurveySubmitted(bool Saved, int Points, IReadOnlyDictionary<int, string> Problems) : IWriteOutcome
{
    public bool Succeeded => Saved;
}

public sealed record QuestionSummary(SurveyQuestion Question, double? Average, IReadOnlyList<(string Option, int Count)> Choices, IReadOnlyList<string> Texts, NpsScore? Nps);

public sealed record SurveyResults(Survey Survey, int Responses, NpsScore? Nps, IReadOnlyList<QuestionSummary> Questions);

/// <summary>Surveys: members answer once and earn points once; marketers read the answers and the NPS.</summary>
public sealed class Surveys(ArenaDbContext db, ArenaTransactions transactions, PointsLedger ledger, TimeProvider clock)
{
    public async Task<IReadOnlyList<SurveyCard>> ForMemberAsync(int memberId, CancellationToken cancellationToken) =>
        await db.Surveys.AsNoTracking().Where(s => s.Published).OrderBy(s => s.Id)
            .Select(s => new SurveyCard(s.Id, s.Slug, s.Title, s.Intro, s.Points, db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.MemberId == memberId)))
            .ToListAsync(cancellationToken);

    public async Task<SurveyForm?> FormAsync(string slug, int memberId, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Slug == slug && s.Published, cancellationToken);
        if (survey is null) return null;
        return new SurveyForm(survey, await db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id && r.MemberId == memberId, cancellationToken));
    }

    /// <summary>Every question must be answered (free text may stay empty); the first response earns the points, a second changes nothing.</summary>
    public async Task<SurveySubmitted> SubmitAsync(int surveyId, int memberId, IReadOnlyList<SurveyAnswerInput> answers, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == surveyId && s.Published, cancellationToken);
        if (survey is null) return new SurveySubmitted(false, 0, new Dictionary<int, string> { [0] = "Survey.Unknown" });
        var problems = new Dictionary<int, string>();
        foreach (var question in survey.Questions)
        {
            var answer = answers.FirstOrDefault(a => a.QuestionId == question.Id);
            if (SurveyRules.Check(question.Kind, question.OptionList.Count, answer?.Value, answer?.Text) is { } problem) problems[question.Id] = problem;
        }
        if (problems.Count > 0) return new SurveySubmitted(false, 0, problems);

        return await transactions.WriteAsync(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var inserted = await db.Database.SqlQuery<int>($"""
                INSERT INTO "SurveyResponses" ("SurveyId", "MemberId", "SubmittedAt") VALUES ({surveyId}, {memberId}, {now})
                ON CONFLICT ("SurveyId", "MemberId") DO NOTHING RETURNING "Id" AS "Value"
                """).ToListAsync(ct);
            if (inserted.Count == 0) return new SurveySubmitted(true, 0, new Dictionary<int, string>());

            foreach (var question in survey.Questions)
            {
                var answer = answers.First(a => a.QuestionId == question.Id);
                var text = string.IsNullOrWhiteSpace(answer.Text) ? null : answer.Text.Trim();
                var value = question.Kind == SurveyQuestionKind.Text ? null : SurveyRules.Number(answer.Value);
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "SurveyAnswers" ("SurveyResponseId", "QuestionId", "Value", "Text") VALUES ({inserted[0]}, {question.Id}, {value}, {text})
                    """, ct);
            }
            var points = 0;
            if (survey.Points > 0)
            {
                var posted = await ledger.AppendAsync(Posting.Earn(memberId, survey.Points, "survey", surveyId.ToString(CultureInfo.InvariantCulture), LedgerReasons.SurveyCompleted, survey.Title), ct);
                points = posted.Amount;
            }
            return new SurveySubmitted(true, points, new Dictionary<int, string>());
        }, cancellationToken);
    }

    public async Task<StudioOutcome> CreateAsync(int actorId, string title, string intro, int points, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 120) problems.Add("Module.TitleRequired");
        if (points is < 0 or > 100_000) problems.Add("Quiz.PointsRange");
        if (problems.Count > 0) return new StudioOutcome(problems);
        var slug = QuestionText.Slug(title);
        var taken = await db.Surveys.Where(s => s.Slug.StartsWith(slug)).Select(s => s.Slug).ToListAsync(cancellationToken);
        for (var n = 2; taken.Contains(slug); n++) slug = $"{QuestionText.Slug(title)}-{n}";
        return await WriteAsync(actorId, "survey.create", async ct =>
        {
            var survey = new Survey(slug, title.Trim(), (intro ?? "").Trim(), points, published: false);
            db.Surveys.Add(survey);
            await db.SaveChangesAsync(ct);
            return survey.Id;
        }, cancellationToken);
    }

    public async Task<StudioOutcome> AskAsync(int actorId, int surveyId, SurveyQuestionKind kind, string text, string? optionLines, CancellationToken cancellationToken)
    {
        var options = (optionLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToArray();
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 300) problems.Add("Question.TextRequired");
        if (kind == SurveyQuestionKind.Choice && options.Length is < 2 or > 8) problems.Add("Question.OptionCount");
        if (problems.Count > 0) return new StudioOutcome(problems);
        return await WriteAsync(actorId, "survey.question", async ct =>
        {
            var survey = await db.Surveys.Include(s => s.Questions).FoundAsync(s => s.Id == surveyId, ct);
            survey.Ask(kind, text.Trim(), kind == SurveyQuestionKind.Choice ? options : []);
            await db.SaveChangesAsync(ct);
            return surveyId;
        }, cancellationToken);
    }

    public async Task<StudioOutcome> PublishAsync(int actorId, int surveyId, bool published, CancellationToken cancellationToken)
    {
        if (published && !await db.Set<SurveyQuestion>().AnyAsync(q => q.SurveyId == surveyId, cancellationToken)) return StudioOutcome.Refused("Survey.NotReady");
        return await WriteAsync(actorId, "survey.publish", async ct =>
        {
            var survey = await db.Surveys.FoundAsync(s => s.Id == surveyId, ct);
            survey.Publish(published);
            await db.SaveChangesAsync(ct);
            return surveyId;
        }, cancellationToken);
    }

    /// <summary>One row per response, one column per question, for a spreadsheet.</summary>
    public async Task<(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)> ExportAsync(int surveyId, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).FoundAsync(s => s.Id == surveyId, cancellationToken);
        var questions = survey.Questions.OrderBy(q => q.Position).ToList();
        var responses = await db.SurveyResponses.AsNoTracking().Include(r => r.Answers).Where(r => r.SurveyId == surveyId).OrderBy(r => r.Id)
            .Join(db.Members, r => r.MemberId, m => m.Id, (r, m) => new { Response = r, m.DisplayName, m.Email }).ToListAsync(cancellationToken);
        var header = new List<string> { "member", "email", "submitted" };
        header.AddRange(questions.Select(q => q.Text));
        var rows = responses.Select(r =>
        {
            var row = new List<string> { r.DisplayName, r.Email ?? "", r.Response.SubmittedAt.ToString("O", CultureInfo.InvariantCulture) };
            foreach (var question in questions)
            {
                var answer = r.Response.Answers.FirstOrDefault(a => a.QuestionId == question.Id);
                var value = question.Kind == SurveyQuestionKind.Choice && answer?.Value is { } i && i < question.OptionList.Count ? question.OptionList[i] : answer?.Value?.ToString(CultureInfo.InvariantCulture);
                row.Add(string.Join(" - ", new[] { value, answer?.Text }.Where(v => !string.IsNullOrEmpty(v))));
            }
            return (IReadOnlyList<string>)row;
        }).ToList();
        return (header, rows);
    }

    private Task<StudioOutcome> WriteAsync(int actorId, string action, Func<CancellationToken, Task<int>> change, CancellationToken cancellationToken) =>
        transactions.WriteAsync(async ct =>
        {
            var id = await change(ct);
            db.AuditEntries.Add(new Audit.AuditEntry(actorId, action, "survey", id.ToString(CultureInfo.InvariantCulture), "Studio", $"#{id}", clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return new StudioOutcome([], id);
        }, cancellationToken);

    public async Task<IReadOnlyList<Survey>> AllAsync(CancellationToken cancellationToken) =>
        await db.Surveys.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);

    public async Task<SurveyResults?> ResultsAsync(int surveyId, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null) return null;
        var answers = await db.SurveyAnswers.AsNoTracking()
            .Where(a => db.SurveyResponses.Any(r => r.Id == a.SurveyResponseId && r.SurveyId == surveyId)).ToListAsync(cancellationToken);
        var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId, cancellationToken);
        var summaries = survey.Questions.OrderBy(q => q.Position).Select(q =>
        {
            var mine = answers.Where(a => a.QuestionId == q.Id).ToList();
            var values = mine.Where(a => a.Value is not null).Select(a => a.Value!.Value).ToList();
            return new QuestionSummary(q,
                q.Kind == SurveyQuestionKind.Rating && values.Count > 0 ? Math.Round(values.Average(), 1) : null,
                q.Kind == SurveyQuestionKind.Choice ? q.OptionList.Select((o, i) => (o, values.Count(v => v == i))).ToList() : [],
                mine.Where(a => !string.IsNullOrWhiteSpace(a.Text)).Select(a => a.Text!).Take(50).ToList(),
                q.Kind == SurveyQuestionKind.Nps ? NpsScore.From(values) : null);
        }).ToList();
        return new SurveyResults(survey, responses, summaries.FirstOrDefault(s => s.Nps is not null)?.Nps, summaries);
    }
}
