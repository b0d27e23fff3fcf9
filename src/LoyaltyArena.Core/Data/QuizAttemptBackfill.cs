namespace LoyaltyArena.Core.Data;

/// <summary>
/// Before one open attempt per member and quiz became a unique index, a double tap could leave two open: all but
/// the newest are closed as late, as an attempt left past its deadline is. Same SQL on both engines.
/// </summary>
public static class QuizAttemptBackfill
{
    public const string CloseDuplicateOpenAttempts = """
        UPDATE "QuizAttempts" SET "Status" = 'Late', "SubmittedAt" = "Deadline"
        WHERE "Status" = 'InProgress'
          AND "Id" NOT IN (SELECT MAX("Id") FROM "QuizAttempts" WHERE "Status" = 'InProgress' GROUP BY "MemberId", "QuizId");
        """;
}
