namespace Crosscheck.Store.Backends;

/// <summary>The SQLite store's schema, step by step: the tables, FTS5 indexes and the triggers that keep the indexes in sync.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<StoreMigration> Migrations { get; } =
    [
        new(1, "runs, documents, findings, set findings and their FTS5 indexes", StoreTables.Core(SqlTypes.Sqlite) + FullText),
        new(2, "entity edits and the edit versions of optimistic concurrency", StoreTables.Edits(SqlTypes.Sqlite)),
    ];

    private const string FullText = """
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
}
