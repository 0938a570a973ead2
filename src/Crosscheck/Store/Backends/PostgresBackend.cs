using System.Data.Common;
using Npgsql;

namespace Crosscheck.Store.Backends;

/// <summary>The shared store: a PostgreSQL database, searched with its own full-text search (tsvector, GIN).</summary>
internal sealed class PostgresBackend(string connectionString) : IStoreBackend
{
    /// <summary>ts_headline's markers: private-use characters, replaced by the caller's after the query (they cannot be passed as they are, in its option string).</summary>
    private const string OpenMark = "\uE000", CloseMark = "\uE001";

    public string Name => "PostgreSQL";

    public IReadOnlyList<StoreMigration> Migrations => PostgresSchema.Migrations;

    public string InsertionOrder => "seq";

    public string FindingKey => "doc_id, kind, start, \"end\", md5(text)";

    public DbConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A transaction-scoped advisory lock, the same number for every crosscheck process on the database.</summary>
    public void LockForMigration(DbConnection connection, DbTransaction tx)
    {
        using DbCommand cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT pg_advisory_xact_lock(7417392)";
        cmd.ExecuteNonQuery();
    }

    public string SearchSql => """
        WITH q AS (SELECT to_tsquery('simple', @match) AS query),
        hits AS (
            SELECT d.file AS file, d.title AS title, 'document' AS kind, coalesce(d.title || E'\n', '') || d.text AS body,
                   CAST(NULL AS integer) AS start, CAST(NULL AS integer) AS "end", ts_rank(d.search_vector, q.query) AS rank, 1 AS tier
            FROM documents d, q WHERE d.search_vector @@ q.query
            UNION ALL
            SELECT d.file, d.title, f.kind, f.text, f.start, f."end", ts_rank(f.search_vector, q.query), 0
            FROM findings f JOIN documents d ON d.id = f.doc_id, q WHERE f.search_vector @@ q.query
            ORDER BY tier, rank DESC, file, start
            LIMIT @limit)
        SELECT h.file, h.title, h.kind,
               ts_headline('simple', h.body, q.query, CASE WHEN h.tier = 1 THEN @document_options ELSE @finding_options END),
               h.start, h."end"
        FROM hits h, q
        ORDER BY h.tier, h.rank DESC, h.file, h.start
        """;

    public string? MatchQuery(string? input) => TsQuery.From(input);

    public IReadOnlyList<KeyValuePair<string, object>> SnippetParameters(string open, string close) =>
    [
        new("@document_options", Options(16)),
        new("@finding_options", Options(24)),
    ];

    public string Snippet(string raw, string open, string close) =>
        raw.Replace(OpenMark, open, StringComparison.Ordinal).Replace(CloseMark, close, StringComparison.Ordinal);

    private static string Options(int words) =>
        $"StartSel=\"{OpenMark}\", StopSel=\"{CloseMark}\", MaxWords={words}, MinWords={words / 2}, MaxFragments=1, FragmentDelimiter=\" … \"";
}
