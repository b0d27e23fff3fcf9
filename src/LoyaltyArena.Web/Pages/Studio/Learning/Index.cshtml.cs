using System.Globalization;
using LoyaltyArena.Core.Learning;
using LoyaltyArena.Web.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Learning;

public sealed class IndexModel(LearningResults results, Localization.Formats formats) : PageModel
{
    public IReadOnlyList<QuizStats> Quizzes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Quizzes = await results.QuizzesAsync(cancellationToken);

    /// <summary>Every attempt at one quiz, for a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int quizId, CancellationToken cancellationToken) =>
        CsvFile.Create($"quiz-{quizId}-attempts.csv",
            ["member", "email", "store", "started", "submitted", "score", "passed", "late", "points"],
            (await results.AttemptsAsync(quizId, cancellationToken)).Select(row => new[]
            {
                row.Member, row.Email, row.Store, formats.Iso(row.StartedAt), row.SubmittedAt is { } at ? formats.Iso(at) : "",
                row.Score.ToString(CultureInfo.InvariantCulture), row.Passed ? "yes" : "no", row.Late ? "yes" : "no", row.Points.ToString(CultureInfo.InvariantCulture),
            }));
}
