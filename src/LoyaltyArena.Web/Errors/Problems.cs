using LoyaltyArena.Core.Common;
using LoyaltyArena.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace LoyaltyArena.Web.Errors;

public static class ProblemExtensions
{
    /// <summary>Puts each problem a Core check found beside its field ("phone" → Input.Phone), in the user's language.</summary>
    public static void AddProblems(this ModelStateDictionary modelState, IEnumerable<Problem> problems, IStringLocalizer<SharedResource> text, string prefix = "Input")
    {
        foreach (var problem in problems)
        {
            var key = problem.Field.Length == 0 ? string.Empty : $"{prefix}.{char.ToUpperInvariant(problem.Field[0])}{problem.Field[1..]}";
            modelState.AddModelError(key, text[problem.Key]);
        }
    }
}
