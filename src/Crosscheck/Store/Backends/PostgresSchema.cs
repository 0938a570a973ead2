namespace Crosscheck.Store.Backends;

/// <summary>
/// The PostgreSQL store's schema, step by step, with the same tables and versions as <see cref="SqliteSchema"/>.
/// The differences: a <c>seq</c> identity column keeps the insertion order SQLite's rowid gives; booleans are
/// booleans; the finding key holds an md5 of the text (a B-tree entry cannot hold a long quote); full-text search is
/// a generated <c>tsvector</c> column with a GIN index, with the 'simple' configuration (lower case, no stemming,
/// no stop words: the same words match as with FTS5's default tokenizer).
/// </summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<StoreMigration> Migrations { get; } =
    [
        new(1, "runs, documents, findings, set findings and their tsvector indexes", Tables),
        new(2, "entity edits and the edit versions of optimistic concurrency", Edits),
    ];

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS runs (
            id TEXT PRIMARY KEY,
            seq BIGINT GENERATED ALWAYS AS IDENTITY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            inputs TEXT NOT NULL,
            documents INTEGER NOT NULL,
            problems TEXT NOT NULL,
            generated_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            seq BIGINT GENERATED ALWAYS AS IDENTITY,
            file TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT,
            subtitle TEXT,
            author TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,
            published_inferred BOOLEAN NOT NULL,
            reference_date TEXT,
            reference_inferred BOOLEAN NOT NULL,
            text TEXT NOT NULL,
            first_seen_run TEXT NOT NULL REFERENCES runs(id),
            last_seen_run TEXT NOT NULL REFERENCES runs(id),
            search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
        );
        CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search_vector);

        CREATE TABLE IF NOT EXISTS findings (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            payload TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES runs(id),
            search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
        );
        CREATE UNIQUE INDEX IF NOT EXISTS findings_key ON findings (doc_id, kind, start, "end", md5(text));
        CREATE INDEX IF NOT EXISTS findings_run ON findings(run_id);
        CREATE INDEX IF NOT EXISTS findings_search ON findings USING GIN (search_vector);

        CREATE TABLE IF NOT EXISTS set_findings (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs(id),
            kind TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS set_findings_run ON set_findings(run_id);
        """;

    private const string Edits = """
        CREATE TABLE IF NOT EXISTS entity_edits (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
            entity TEXT NOT NULL,
            other TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS edit_versions (
            subject TEXT PRIMARY KEY,
            version BIGINT NOT NULL,
            last_change TEXT NOT NULL
        );
        """;
}
