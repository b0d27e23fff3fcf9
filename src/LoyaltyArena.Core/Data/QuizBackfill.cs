namespace LoyaltyArena.Core.Data;

/// <summary>Attempts made before question pools existed asked every question of their quiz.</summary>
public static class QuizBackfill
{
    public const string Sqlite = """
        UPDATE "QuizAttempts" SET "QuestionIds" = (SELECT group_concat("Id", ',') FROM (SELECT q."Id" FROM "Questions" q WHERE q."QuizId" = "QuizAttempts"."QuizId" ORDER BY q."Id"))
        WHERE "QuestionIds" = '';
        """;

    public const string Postgres = """
        UPDATE "QuizAttempts" a SET "QuestionIds" = (SELECT string_agg(q."Id"::text, ',' ORDER BY q."Id") FROM "Questions" q WHERE q."QuizId" = a."QuizId")
        WHERE a."QuestionIds" = '';
        """;
}
