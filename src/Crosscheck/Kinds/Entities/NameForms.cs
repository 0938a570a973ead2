using System.Globalization;
using System.Text;
using Crosscheck.Semantics;

namespace Crosscheck.Kinds.Entities;

/// <summary>Spelling-insensitive keys and word forms of names, shared by extraction and the entity index.</summary>
public static class NameForms
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "in", "for", "&" };

    /// <summary>
    /// A key equal for spelling variants: case, diacritics, dots, hyphens and spaces ignored, a leading
    /// "the" and an inner "in" dropped, q/k, ae/ai/a and doubled letters unified
    /// ("al Shabab" = "Al-Shabaab", "N.R.A." = "NRA", "X in Y" = "X Y").
    /// </summary>
    public static string SpellingKey(string name)
    {
        string[] words = Words(name);
        var sb = new StringBuilder(name.Length);
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i].ToLowerInvariant();
            if ((i == 0 && w == "the") || (i > 0 && w == "in"))
            {
                continue;
            }

            // The project runs with InvariantGlobalization, where string.Normalize does nothing: accents are stripped from data.
            foreach (char c in AccentStripper.Strip(w))
            {
                if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(c == 'q' ? 'k' : c);
                }
            }
        }

        if (name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            // Acronyms keep every letter ("NUN-N" is not "NUN").
            return sb.ToString();
        }

        if (words.Length == 1 && IsCommonWord(words[0]))
        {
            // A common word written as a name ("Who", "Us") is not the acronym of the same letters ("WHO", "US").
            return "w:" + sb;
        }

        string s = sb.ToString().Replace("ae", "a", StringComparison.Ordinal).Replace("ai", "a", StringComparison.Ordinal);
        if (s.Length < 6)
        {
            return s;
        }

        return CollapseDoubles(s);
    }

    /// <summary>Each run of one letter written once ("ossarra" → "osara").</summary>
    public static string CollapseDoubles(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var collapsed = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c)
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }

    /// <summary>A name word without its leading particle: "al-Haddad" → "Haddad"; other words unchanged.</summary>
    public static string WithoutParticle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && EntityLexicon.Instance.Particles.Contains(word[..hyphen].ToLowerInvariant()) ? word[(hyphen + 1)..] : word;
    }

    /// <summary>True when the words of <paramref name="shorter"/> occur in that order in <paramref name="longer"/>.</summary>
    public static bool IsSubsequence(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(longer);
        int j = 0;
        for (int i = 0; i < longer.Count && j < shorter.Count; i++)
        {
            if (string.Equals(longer[i], shorter[j], StringComparison.Ordinal))
            {
                j++;
            }
        }

        return j == shorter.Count;
    }

    private static bool IsCommonWord(string word)
    {
        string lower = word.ToLowerInvariant();
        return EntityLexicon.Instance.FunctionWords.Contains(lower) || EntityLexicon.Instance.StopWords.Contains(lower);
    }

    /// <summary>First letter and consonants of a spelling key ("hezbollah" → "hzbl:8"; the length must match too): for long single names only.</summary>
    public static string? SkeletonKey(string name)
    {
        string key = SpellingKey(name);
        if (key.Length < 6 || Words(name).Length != 1)
        {
            return null;
        }

        var sb = new StringBuilder();
        sb.Append(key[0]);
        foreach (char c in key.AsSpan(1))
        {
            if (!"aeiouy".Contains(c, StringComparison.Ordinal) && sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.Append(':').Append(key.Length).ToString();
    }

    /// <summary>
    /// The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two neighbouring letters,
    /// Damerau 1964) between two strings, ordinal: "Qasmi"/"Qsami" 1, "Gerneral"/"General" 1.
    /// </summary>
    public static int EditDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The words of a name, split at spaces.</summary>
    public static string[] Words(string name) => name.Split([' ', '\u00A0', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Initials of the content words ("Federal Security Service" → "FSS"), or of all words when <paramref name="allWords"/>.</summary>
    public static string Initials(string name, bool allWords)
    {
        var sb = new StringBuilder();
        foreach (string w in Words(name))
        {
            if (!allWords && Connectors.Contains(w))
            {
                continue;
            }

            foreach (string part in w.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (allWords || char.IsUpper(part[0]))
                {
                    sb.Append(char.ToUpperInvariant(part[0]));
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>An acronym without dots ("F.S.B." → "FSB"), or null when <paramref name="name"/> is not one.</summary>
    public static string? Acronym(string name) =>
        Words(name).Length == 1 && EntityLexicon.IsAcronym(name) ? name.Replace(".", string.Empty, StringComparison.Ordinal) : null;
}
