using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace LoyaltyArena.Core.Common;

/// <summary>
/// An id from a request names nothing there is (or nothing of the parent it was sent with). The web answers 404
/// with its friendly page; nothing was changed.
/// </summary>
public sealed class NotFoundException(string what) : Exception($"No such {what}.");

public static class FoundExtensions
{
    /// <summary>The one row the request names, or <see cref="NotFoundException"/>.</summary>
    public static async Task<T> FoundAsync<T>(this IQueryable<T> query, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken) where T : class =>
        await query.FirstOrDefaultAsync(predicate, cancellationToken) ?? throw new NotFoundException(typeof(T).Name);

    /// <summary>The one child (a lesson of this module, a question of this quiz) the request names, or <see cref="NotFoundException"/>.</summary>
    public static T Found<T>(this IEnumerable<T> items, Func<T, bool> predicate) where T : class =>
        items.FirstOrDefault(predicate) ?? throw new NotFoundException(typeof(T).Name);
}
