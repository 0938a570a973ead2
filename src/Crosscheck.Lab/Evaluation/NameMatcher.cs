using System.Globalization;
using System.Text;

namespace Crosscheck.Lab.Evaluation;

/// <summary>
/// Loose equality of names as a reader would judge it: case, dots, "the", possessives and
/// word endings ignored; the shorter name's content words mostly found in the longer
/// ("Audit Committee" ~ "France's Audit Committee"; "Hoover Institute" ~ "Hoover Institution").
/// </summary>
public static class NameMatcher
{
    private static readonly HashSet<string> Stop = ["the", "of", "in", "a", "an", "and", "for", "on", "at", "s"];

    public static bool Same(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        string[] x = ContentWords(a);
        string[] y = ContentWords(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x.Length > y.Length)
        {
            (x, y) = (y, x);
        }

        if (x.Length == 1)
        {
            // A one-word name must be the head of the longer one: "Smith" ~ "Jane Smith", but "France" ≁ "Senate of France".
            return WordsMatch(x[0], Head(b.Length >= a.Length ? b : a));
        }

        int hits = x.Count(w => y.Any(v => WordsMatch(w, v)));
        return hits == x.Length || (x.Length >= 3 && hits * 3 >= x.Length * 2);
    }

    /// <summary>The head word of a name: its last word before any "of"/"in" complement.</summary>
    public static string Head(string name)
    {
        string[] words = Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "";
        }

        int cut = Array.FindIndex(words, 1, w => w is "of" or "in");
        string[] head = (cut > 0 ? words[..cut] : words).Where(w => !Stop.Contains(w)).ToArray();
        return head.Length == 0 ? "" : head[^1];
    }

    public static string[] ContentWords(string name)
    {
        string n = Normalize(name);
        return n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Stop.Contains(w)).ToArray();
    }

    /// <summary>Lower case, no diacritics, dots removed ("U.S." → "us"), other punctuation as spaces.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            if (c is '’' or '\'')
            {
                sb.Append(' ');
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool WordsMatch(string a, string b) =>
        a == b || (a.Length >= 6 && b.Length >= 6 && string.CompareOrdinal(a, 0, b, 0, 6) == 0);
}
