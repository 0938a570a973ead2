using System.Collections.Frozen;
using System.Text;
using Crosscheck.Lexicons;

namespace Crosscheck.Cleaning;

/// <summary>Measures of the shape of one line: words, final punctuation, casing, verbs.</summary>
internal static class LineShape
{
    /// <summary>Short words that titles leave lowercase and that a truncated teaser often ends on.</summary>
    public static FrozenSet<string> FunctionWords { get; } = Lexicon.WordSet("Cleaning/title-lowercase-words.txt", StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CommonVerbs = Lexicon.WordSet("Cleaning/common-verbs.txt", StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Contractions = ["n't", "'re", "'ve", "'ll", "'m", "'d"];

    public static int WordCount(string text)
    {
        int count = 0;
        bool inWord = false, hasAlnum = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasAlnum)
                {
                    count++;
                }

                inWord = hasAlnum = false;
            }
            else
            {
                inWord = true;
                hasAlnum |= char.IsLetterOrDigit(c);
            }
        }

        return inWord && hasAlnum ? count + 1 : count;
    }

    /// <summary>Lowercased letters, digits and apostrophes, other characters folded to single spaces.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text)
        {
            char c = raw is '’' or '‘' ? '\'' : raw;
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>True when <paramref name="key"/> (a normalized line) holds <paramref name="phrase"/> as whole words.</summary>
    public static bool ContainsPhrase(string key, string phrase)
    {
        int at = 0;
        while ((at = key.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            int end = at + phrase.Length;
            if ((at == 0 || key[at - 1] == ' ') && (end == key.Length || key[end] == ' '))
            {
                return true;
            }

            at++;
        }

        return false;
    }

    public static int CountPhrases(string key, IEnumerable<string> phrases) => phrases.Count(p => ContainsPhrase(key, p));

    /// <summary>The line without closing quotes, brackets and spaces at its end.</summary>
    public static ReadOnlySpan<char> WithoutClosers(string text) => text.AsSpan().TrimEnd(" \t\"'”’»)]\u00A0");

    /// <summary>True when the line ends like a sentence: . ! ? or an ellipsis, possibly inside closing quotes.</summary>
    public static bool EndsSentence(string text)
    {
        ReadOnlySpan<char> t = WithoutClosers(text);
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…';
    }

    /// <summary>True when the line itself ends in an ellipsis (not inside a quotation).</summary>
    public static bool EndsWithEllipsis(string text) =>
        text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');

    public static bool StartsWithBullet(string text) =>
        text.Length > 1 && text[0] is '-' or '–' or '—' or '•' or '*' or '·' or '▪' or '►' or '‣' && char.IsWhiteSpace(text[1]);

    /// <summary>Most content words capitalized ("Council Shuts Old Bridge Over Safety Fears").</summary>
    public static bool IsTitleCase(string text)
    {
        int content = 0, capitalized = 0;
        foreach (string word in Words(text))
        {
            string bare = word.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', ':', ';', '?', '!', '.');
            if (bare.Length == 0 || !char.IsLetter(bare[0]))
            {
                continue;
            }

            if (content + capitalized > 0 && FunctionWords.Contains(bare.ToLowerInvariant()) && char.IsLower(bare[0]))
            {
                continue;
            }

            content++;
            if (char.IsUpper(bare[0]))
            {
                capitalized++;
            }
        }

        return content >= 2 && capitalized * 4 >= content * 3;
    }

    /// <summary>All letters upper case, with at least a few letters.</summary>
    public static bool IsAllCaps(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 3;
    }

    /// <summary>A heading: title case or all caps, no final period, at most 20 words.</summary>
    public static bool IsHeadingLike(SourceLine line) =>
        line.Words is >= 1 and <= 20
        && !WithoutClosers(line.Text).EndsWith(".")
        && (IsTitleCase(line.Text) || IsAllCaps(line.Text));

    /// <summary>A paragraph of article text: a sentence of some length, or a long line.</summary>
    public static bool IsBodyParagraph(SourceLine line) =>
        (line.Words >= 8 && (EndsSentence(line.Text) || line.Text.EndsWith(':'))) || line.Words >= 20;

    /// <summary>True when the line has a word that looks like a finite verb.</summary>
    public static bool HasVerbish(string text)
    {
        bool first = true;
        foreach (string word in Words(text))
        {
            string w = word.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', ',', ':', ';', '?', '!', '.').Replace('’', '\'');
            string lower = w.ToLowerInvariant();
            if (CommonVerbs.Contains(lower) || Contractions.Any(c => lower.EndsWith(c, StringComparison.Ordinal)))
            {
                return true;
            }

            bool lowerCase = w.Length > 0 && char.IsLower(w[0]);
            if (w.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }

            if (!first && lowerCase && w.Length > 3 && lower.EndsWith('s')
                && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
                && !lower.EndsWith("is", StringComparison.Ordinal) && !lower.EndsWith('\''))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    /// <summary>A source attribution line ("Source: …", "Via …", "H/T …"), kept as article text.</summary>
    public static bool IsAttribution(string text) =>
        text.StartsWith("Source", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Via ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("H/T", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Hat tip", StringComparison.OrdinalIgnoreCase);

    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
