namespace Crosscheck.Store;

/// <summary>
/// Turns what a user typed into a safe PostgreSQL <c>to_tsquery</c> text: every word becomes a quoted operand
/// (so <c>&amp;</c>, <c>|</c>, <c>!</c>, <c>&lt;-&gt;</c> and parentheses in it are plain text; a word the parser
/// splits, like "don't", becomes a phrase), a trailing '*' a prefix (<c>:*</c>). Words are ANDed, as in <see cref="FtsQuery"/>.
/// </summary>
public static class TsQuery
{
    /// <summary>The tsquery text, or null when the input has no searchable word.</summary>
    public static string? From(string? input)
    {
        IReadOnlyList<SearchWord> words = SearchWord.Split(input);
        return words.Count == 0
            ? null
            : string.Join(" & ", words.Select(w => "'" + w.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'" + (w.Prefix ? ":*" : string.Empty)));
    }
}
