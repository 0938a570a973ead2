namespace Crosscheck.Store;

/// <summary>
/// Turns what a user typed into a safe FTS5 query: every word becomes a quoted phrase, so that
/// operators (AND, OR, NOT, NEAR), column filters and stray quotes are taken as plain text.
/// A trailing '*' on a word is kept as a prefix search. Words are ANDed.
/// </summary>
public static class FtsQuery
{
    /// <summary>The FTS5 query, or null when the input has no searchable word.</summary>
    public static string? Sanitize(string? input)
    {
        IReadOnlyList<SearchWord> words = SearchWord.Split(input);
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w.Text}\"" + (w.Prefix ? "*" : string.Empty)));
    }
}
