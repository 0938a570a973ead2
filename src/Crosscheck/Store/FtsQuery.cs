using System.Text;

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
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var terms = new List<string>();
        foreach (string raw in input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            bool prefix = raw.EndsWith('*');
            var word = new StringBuilder(raw.Length);
            foreach (char c in raw)
            {
                if (!char.IsControl(c) && c != '"' && c != '*')
                {
                    word.Append(c);
                }
            }

            if (!word.ToString().Any(char.IsLetterOrDigit))
            {
                continue;
            }

            terms.Add($"\"{word}\"" + (prefix ? "*" : string.Empty));
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }
}
