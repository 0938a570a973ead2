using System.Text;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Kinds;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// A quote reduced for comparison: its content words, lower-cased, with US/UK spellings folded
/// (-ise/-ize, -isation/-ization, -our/-or, -yse/-yze) and light stemming, in order and as a set.
/// </summary>
internal sealed class QuoteText
{
    private static readonly HashSet<string> StopWords = Lexicon.WordSet("Quotes/quote-stopwords.txt", StringComparer.Ordinal);

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot", "without" };

    public QuoteText(string text)
    {
        var stems = new List<string>();
        var common = new HashSet<string>(StringComparer.Ordinal);
        int negations = 0;
        bool first = true;
        foreach ((string word, bool capitalized) in Words(text))
        {
            bool proper = capitalized && !first;
            first = false;
            if (Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                negations++;
                continue;
            }

            if (StopWords.Contains(word))
            {
                continue;
            }

            string stem = Stem(FoldSpelling(word));
            stems.Add(stem);
            if (!proper)
            {
                common.Add(stem);
            }
        }

        Stems = stems;
        Common = common;
        Set = new HashSet<string>(stems, StringComparer.Ordinal);
        Negated = negations % 2 == 1;
    }

    public IReadOnlyList<string> Stems { get; }

    public HashSet<string> Set { get; }

    /// <summary>The stems of words written in lower case (not names): what a statement says rather than whom it names.</summary>
    public HashSet<string> Common { get; }

    /// <summary>True when the statement holds an odd number of negations.</summary>
    public bool Negated { get; }

    private static IEnumerable<(string Word, bool Capitalized)> Words(string text)
    {
        var sb = new StringBuilder();
        bool capitalized = false;
        foreach (char raw in text)
        {
            if (sb.Length == 0)
            {
                capitalized = char.IsUpper(raw);
            }

            char c = raw is '’' or '‘' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (c == '\'' && sb.Length > 0))
            {
                sb.Append(c);
            }
            else if (c is '[' or ']')
            {
                continue; // "[t]he": editorial brackets inside a word
            }
            else if (sb.Length > 0)
            {
                yield return (Trim(sb), capitalized);
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            yield return (Trim(sb), capitalized);
        }
    }

    private static string Trim(StringBuilder sb)
    {
        string w = sb.ToString().TrimEnd('\'');
        return w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
    }

    /// <summary>British to American spelling, for the endings where they differ regularly.</summary>
    internal static string FoldSpelling(string w)
    {
        if (w.Length < 5)
        {
            return w;
        }

        foreach ((string uk, string us) in Endings)
        {
            if (w.EndsWith(uk, StringComparison.Ordinal) && w.Length - uk.Length >= 2)
            {
                return string.Concat(w.AsSpan(0, w.Length - uk.Length), us);
            }
        }

        return w;
    }

    private static readonly (string Uk, string Us)[] Endings =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
        ("ysing", "yzing"), ("ysed", "yzed"), ("yses", "yzes"), ("yse", "yze"),
        ("ours", "ors"), ("our", "or"), ("oured", "ored"), ("ouring", "oring"),
        ("lled", "led"), ("lling", "ling"), ("ogue", "og"), ("tre", "ter"), ("ence", "ense"),
    ];

    /// <summary>Light stemming: plural, past, gerund and adverb endings, and a final "e".</summary>
    internal static string Stem(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.Length > 3 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        if (w.Length > 3 && w[^1] == w[^2] && !"aeiou".Contains(w[^1], StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        return w;
    }
}
