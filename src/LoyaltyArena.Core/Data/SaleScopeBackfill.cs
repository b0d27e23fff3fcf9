namespace LoyaltyArena.Core.Data;

/// <summary>
/// Puts sales recorded before external ids were scoped per sender into their sender's scope (the API client
/// that posted them, or CSV imports), so a repeat of an old sale is still recognised. Same SQL on both engines.
/// </summary>
public static class SaleScopeBackfill
{
    public const string Scope = """
        UPDATE "SaleRecords" SET "Scope" = CASE WHEN "ApiClientId" IS NULL THEN "Source" ELSE 'api:' || CAST("ApiClientId" AS TEXT) END;
        """;
}
