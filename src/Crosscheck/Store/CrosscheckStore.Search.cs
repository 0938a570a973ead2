using Microsoft.Data.Sqlite;

namespace Crosscheck.Store;

public sealed partial class CrosscheckStore
{
    /// <summary>
    /// Full-text search over document titles and texts and finding texts. The query is taken as plain
    /// words (all must match; a trailing '*' searches a prefix): FTS5 syntax in it is neutralized.
    /// Each hit's snippet has its matches between <paramref name="open"/> and <paramref name="close"/>.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, string open = "[", string close = "]")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        string? match = FtsQuery.Sanitize(query);
        if (match is null)
        {
            return [];
        }

        using SqliteCommand cmd = Command("""
            SELECT file, title, kind, snip, start, "end" FROM (
                SELECT d.file AS file, d.title AS title, 'document' AS kind,
                       snippet(documents_fts, -1, $open, $close, '…', 16) AS snip,
                       NULL AS start, NULL AS "end", bm25(documents_fts) AS rank, 1 AS tier
                FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                WHERE documents_fts MATCH $match
                UNION ALL
                SELECT d.file, d.title, f.kind,
                       snippet(findings_fts, 0, $open, $close, '…', 24),
                       f.start, f."end", bm25(findings_fts), 0
                FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid JOIN documents d ON d.id = f.doc_id
                WHERE findings_fts MATCH $match)
            ORDER BY tier, rank, file, start
            LIMIT $limit
            """);
        cmd.Parameters.AddWithValue("$match", match);
        cmd.Parameters.AddWithValue("$open", open);
        cmd.Parameters.AddWithValue("$close", close);
        cmd.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            hits.Add(new SearchHit(
                r.GetString(0),
                r.IsDBNull(1) ? null : r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.IsDBNull(4) ? null : r.GetInt32(4),
                r.IsDBNull(5) ? null : r.GetInt32(5)));
        }

        return hits;
    }
}
