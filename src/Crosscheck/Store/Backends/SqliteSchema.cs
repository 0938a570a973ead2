namespace Crosscheck.Store.Backends;

/// <summary>The SQLite store's schema, step by step: tables, FTS5 indexes and the triggers that keep the indexes in sync.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<StoreMigration> Migrations { get; } =
    [
        new(1, "runs, documents, findings, set findings and their FTS5 indexes", Tables),
        new(2, "entity edits and the edit versions of optimistic concurrency", Edits),
    ];

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS runs (
            id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            inputs TEXT NOT NULL,
            documents INTEGER NOT NULL,
            problems TEXT NOT NULL,
            generated_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT,
            subtitle TEXT,
            author TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,
            published_inferred INTEGER NOT NULL,
            reference_date TEXT,
            reference_inferred INTEGER NOT NULL,
            text TEXT NOT NULL,
            first_seen_run TEXT NOT NULL REFERENCES runs(id),
            last_seen_run TEXT NOT NULL REFERENCES runs(id)
        );

        CREATE TABLE IF NOT EXISTS findings (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            payload TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES runs(id),
            UNIQUE (doc_id, kind, start, "end", text)
        );
        CREATE INDEX IF NOT EXISTS findings_run ON findings(run_id);

        CREATE TABLE IF NOT EXISTS set_findings (
            id INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs(id),
            kind TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS set_findings_run ON set_findings(run_id);

        CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
        CREATE VIRTUAL TABLE IF NOT EXISTS findings_fts USING fts5(text, content='findings', content_rowid='id');

        CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF title, text ON documents
            WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;

        CREATE TRIGGER IF NOT EXISTS findings_ai AFTER INSERT ON findings BEGIN
            INSERT INTO findings_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS findings_ad AFTER DELETE ON findings BEGIN
            INSERT INTO findings_fts(findings_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER IF NOT EXISTS findings_au AFTER UPDATE OF text ON findings
            WHEN old.text IS NOT new.text BEGIN
            INSERT INTO findings_fts(findings_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO findings_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """;

    private const string Edits = """
        CREATE TABLE IF NOT EXISTS entity_edits (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
            entity TEXT NOT NULL,
            other TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS edit_versions (
            subject TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            last_change TEXT NOT NULL
        );
        """;
}
