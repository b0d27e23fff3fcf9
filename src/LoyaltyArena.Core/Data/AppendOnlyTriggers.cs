namespace LoyaltyArena.Core.Data;

/// <summary>
/// The audit log is insert-only and a wallet is never deleted, in the database itself (as the ledger's entries
/// are, see <see cref="LedgerTriggers"/>): an UPDATE or DELETE of an audit entry, or a DELETE of a wallet, fails.
/// </summary>
public static class AppendOnlyTriggers
{
    public const string Sqlite = """
        CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'the audit log is insert-only'); END;
        CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'the audit log is insert-only'); END;
        CREATE TRIGGER "Wallets_no_delete" BEFORE DELETE ON "Wallets"
        BEGIN SELECT RAISE(ABORT, 'wallets are never deleted'); END;
        """;

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS "AuditEntries_no_update";
        DROP TRIGGER IF EXISTS "AuditEntries_no_delete";
        DROP TRIGGER IF EXISTS "Wallets_no_delete";
        """;

    public const string Postgres = """
        CREATE FUNCTION audit_entries_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit log is insert-only'; END $$;
        CREATE TRIGGER "AuditEntries_insert_only" BEFORE UPDATE OR DELETE ON "AuditEntries"
        FOR EACH ROW EXECUTE FUNCTION audit_entries_insert_only();
        CREATE FUNCTION wallets_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'wallets are never deleted'; END $$;
        CREATE TRIGGER "Wallets_never_deleted" BEFORE DELETE ON "Wallets"
        FOR EACH ROW EXECUTE FUNCTION wallets_never_deleted();
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS "AuditEntries_insert_only" ON "AuditEntries";
        DROP FUNCTION IF EXISTS audit_entries_insert_only();
        DROP TRIGGER IF EXISTS "Wallets_never_deleted" ON "Wallets";
        DROP FUNCTION IF EXISTS wallets_never_deleted();
        """;
}
