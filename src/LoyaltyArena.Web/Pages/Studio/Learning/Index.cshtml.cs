using System.Globalization;
using System.Text;
using LoyaltyArena.Core.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LoyaltyArena.Web.Pages.Studio.Learning;

public sealed class IndexModel(LearningResults results, Localization.Formats formats) : PageModel
{
    public IReadOnlyList<QuizStats> Quizzes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Quizzes = await results.QuizzesAsync(cancellationToken);

    /// <summary>Every attempt at one quiz, for a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int quizId, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder("member,email,store,started,submitted,score,passed,late,points\n");
        foreach (var row in await results.AttemptsAsync(quizId, cancellationToken))
        {
            csv.AppendJoin(',', Field(row.Member), Field(row.Email), Field(row.Store), formats.Iso(row.StartedAt),
                row.SubmittedAt is { } at ? formats.Iso(at) : "", row.Score.ToString(CultureInfo.InvariantCulture),
                row.Passed ? "yes" : "no", row.Late ? "yes" : "no", row.Points.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv", $"quiz-{quizId}-attempts.csv");
    }

    /// <summary>Quotes a field; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
