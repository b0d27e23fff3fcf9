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

