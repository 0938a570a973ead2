using System.Text;

namespace Crosscheck.Store;

/// <summary>One word of a search as the user typed it: its text without quotes, stars or control characters.</summary>
/// <param name="Text">The word (it has at least one letter or digit).</param>
/// <param name="Prefix">Typed with a trailing '*': the word is a prefix.</param>
public sealed record SearchWord(string Text, bool Prefix)
{
    /// <summary>
    /// The words of a search: split at white space; quotes, stars and control characters dropped; words without a
    /// letter or digit left out. Each back end turns them into its own query syntax, every word taken as plain text.
    /// </summary>
    public static IReadOnlyList<SearchWord> Split(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }

        var words = new List<SearchWord>();
        foreach (string raw in input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new StringBuilder(raw.Length);
            foreach (char c in raw)
            {
                if (!char.IsControl(c) && c != '"' && c != '*')
                {
                    word.Append(c);
                }
            }

            string text = word.ToString();
            if (text.Any(char.IsLetterOrDigit))
            {
                words.Add(new SearchWord(text, raw.EndsWith('*')));
            }
        }

        return words;
    }
}
