using System.Data;
using System.Data.Common;

namespace Crosscheck.Store;

public sealed partial class CrosscheckStore
{
    /// <summary>
    /// Full-text search over document titles and texts and finding texts. The query is taken as plain
    /// words (all must match; a trailing '*' searches a prefix): query syntax in it is neutralized
    /// (<see cref="FtsQuery"/> on SQLite, <see cref="TsQuery"/> on PostgreSQL). Finding hits come first, best first.
    /// Each hit's snippet has its matches between <paramref name="open"/> and <paramref name="close"/>.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, string open = "[", string close = "]")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        string? match = _backend.MatchQuery(query);
        if (match is null)
        {
            return [];
        }

        using DbCommand cmd = Command(_backend.SearchSql);
        Add(cmd, "@match", match);
        Add(cmd, "@limit", limit, DbType.Int32);
        foreach ((string name, object value) in _backend.SnippetParameters(open, close))
        {
            Add(cmd, name, value);
        }

        var hits = new List<SearchHit>();
        using DbDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            hits.Add(new SearchHit(
                r.GetString(0),
                Nullable(r, 1),
                r.GetString(2),
                _backend.Snippet(r.GetString(3), open, close),
                r.IsDBNull(4) ? null : r.GetInt32(4),
                r.IsDBNull(5) ? null : r.GetInt32(5)));
        }

        return hits;
    }
}
