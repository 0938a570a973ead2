using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Store.Backends;

/// <summary>The embedded store: one SQLite file (WAL), searched with FTS5.</summary>
internal sealed class SqliteBackend(string path) : IStoreBackend
{
    public string Name => "SQLite";

    public IReadOnlyList<StoreMigration> Migrations => SqliteSchema.Migrations;

    public string InsertionOrder => "rowid";

    public string FindingKey => "doc_id, kind, start, \"end\", text";

    public DbConnection Open()
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using SqliteCommand pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Nothing to take: the migration's transaction already holds SQLite's one write lock.</summary>
    public void LockForMigration(DbConnection connection, DbTransaction tx)
    {
    }

    public string SearchSql => """
        SELECT file, title, kind, snip, start, "end" FROM (
            SELECT d.file AS file, d.title AS title, 'document' AS kind,
                   snippet(documents_fts, -1, @open, @close, '…', 16) AS snip,
                   NULL AS start, NULL AS "end", bm25(documents_fts) AS rank, 1 AS tier
            FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
            WHERE documents_fts MATCH @match
            UNION ALL
            SELECT d.file, d.title, f.kind,
                   snippet(findings_fts, 0, @open, @close, '…', 24),
                   f.start, f."end", bm25(findings_fts), 0
            FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid JOIN documents d ON d.id = f.doc_id
            WHERE findings_fts MATCH @match)
        ORDER BY tier, rank, file, start
        LIMIT @limit
        """;

    public string? MatchQuery(string? input) => FtsQuery.Sanitize(input);

    /// <summary>FTS5's snippet takes the caller's markers as they are.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> SnippetParameters(string open, string close) => [new("@open", open), new("@close", close)];

    public string Snippet(string raw, string open, string close) => raw;
}
