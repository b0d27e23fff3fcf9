namespace LoyaltyArena.Core.Data;

/// <summary>Makes the ledger append-only in the database itself: an UPDATE or DELETE of an entry fails.</summary>
public static class LedgerTriggers
{
    public const string Sqlite = """
        CREATE TRIGGER "LedgerEntries_no_update" BEFORE UPDATE ON "LedgerEntries"
        BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
        CREATE TRIGGER "LedgerEntries_no_delete" BEFORE DELETE ON "LedgerEntries"
        BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
        """;

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS "LedgerEntries_no_update";
        DROP TRIGGER IF EXISTS "LedgerEntries_no_delete";
        """;

    public const string Postgres = """
        CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'ledger entries are append-only'; END $$;
        CREATE TRIGGER "LedgerEntries_append_only" BEFORE UPDATE OR DELETE ON "LedgerEntries"
        FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS "LedgerEntries_append_only" ON "LedgerEntries";
        DROP FUNCTION IF EXISTS ledger_entries_append_only();
        """;
}

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
