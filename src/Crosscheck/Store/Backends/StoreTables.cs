namespace Crosscheck.Store.Backends;

/// <summary>
/// The store's tables, written once for both back ends (their differences are <see cref="SqlTypes"/>); each back end's
/// schema adds its full-text index to them (<see cref="SqliteSchema"/>, <see cref="PostgresSchema"/>).
/// </summary>
internal static class StoreTables
{
    /// <summary>Version 1: runs, documents (keyed by content hash), findings (unique on document, kind, span and text), set findings.</summary>
    public static string Core(SqlTypes t) => $"""
        CREATE TABLE IF NOT EXISTS runs (
            id TEXT PRIMARY KEY,
            {t.Sequence}started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            inputs TEXT NOT NULL,
            documents INTEGER NOT NULL,
            problems TEXT NOT NULL,
            generated_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            {t.Sequence}file TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT,
            subtitle TEXT,
            author TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,
            published_inferred {t.Boolean} NOT NULL,
            reference_date TEXT,
            reference_inferred {t.Boolean} NOT NULL,
            text TEXT NOT NULL,
            first_seen_run TEXT NOT NULL REFERENCES runs(id),
            last_seen_run TEXT NOT NULL REFERENCES runs(id)
        );

        CREATE TABLE IF NOT EXISTS findings (
            id {t.RowId},
            doc_id TEXT NOT NULL REFERENCES documents(id),
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            payload TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES runs(id){t.FindingUnique}
        );
        CREATE INDEX IF NOT EXISTS findings_run ON findings(run_id);

        CREATE TABLE IF NOT EXISTS set_findings (
            id {t.RowId},
            run_id TEXT NOT NULL REFERENCES runs(id),
            kind TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS set_findings_run ON set_findings(run_id);

        """;

    /// <summary>Version 2: the entity edits, and a version per edited name for optimistic concurrency.</summary>
    public static string Edits(SqlTypes t) => $"""
        CREATE TABLE IF NOT EXISTS entity_edits (
            id {t.RowId},
            action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
            entity TEXT NOT NULL,
            other TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS edit_versions (
            subject TEXT PRIMARY KEY,
            version {t.BigInteger} NOT NULL,
            last_change TEXT NOT NULL
        );
        """;
}
