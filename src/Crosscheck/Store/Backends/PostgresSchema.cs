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
        new(1, "runs, documents, findings, set findings and their tsvector indexes", StoreTables.Core(SqlTypes.Postgres) + FullText),
        new(2, "entity edits and the edit versions of optimistic concurrency", StoreTables.Edits(SqlTypes.Postgres)),
    ];

    private const string FullText = """
        CREATE UNIQUE INDEX IF NOT EXISTS findings_key ON findings (doc_id, kind, start, "end", md5(text));

        ALTER TABLE documents ADD COLUMN IF NOT EXISTS search_vector tsvector
            GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
        CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search_vector);

        ALTER TABLE findings ADD COLUMN IF NOT EXISTS search_vector tsvector
            GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;
        CREATE INDEX IF NOT EXISTS findings_search ON findings USING GIN (search_vector);
        """;
}
