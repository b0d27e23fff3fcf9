namespace LoyaltyArena.Core.Data;

/// <summary>
/// Brings a database from before point lots and tiers up to date: existing earnings count towards
/// tiers, and each existing balance becomes one lot that expires a full period after the upgrade.
/// </summary>
public static class EconomyBackfill
{
    public const string Sqlite = """
        UPDATE "LedgerEntries" SET "BaseAmount" = "Amount", "MultiplierPercent" = 100, "Qualifies" = CASE WHEN "Kind" = 'Earn' THEN 1 ELSE 0 END;
        INSERT INTO "PointLots" ("MemberId", "LedgerEntryId", "Amount", "Remaining", "EarnedAt", "ExpiresAt")
        SELECT w."MemberId", (SELECT MAX(e."Id") FROM "LedgerEntries" e WHERE e."MemberId" = w."MemberId" AND e."Amount" > 0),
               w."Balance", w."Balance", strftime('%Y-%m-%d %H:%M:%f', 'now'), strftime('%Y-%m-%d %H:%M:%f', 'now', '+12 months')
        FROM "Wallets" w WHERE w."Balance" > 0;
        """;

    public const string Postgres = """
        UPDATE "LedgerEntries" SET "BaseAmount" = "Amount", "MultiplierPercent" = 100, "Qualifies" = ("Kind" = 'Earn');
        INSERT INTO "PointLots" ("MemberId", "LedgerEntryId", "Amount", "Remaining", "EarnedAt", "ExpiresAt")
        SELECT w."MemberId", (SELECT MAX(e."Id") FROM "LedgerEntries" e WHERE e."MemberId" = w."MemberId" AND e."Amount" > 0),
               w."Balance", w."Balance", now(), now() + interval '12 months'
        FROM "Wallets" w WHERE w."Balance" > 0;
        """;
}
