using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Entities;

/// <summary>An acronym the text defines and the name it stands for, as spans of one document.</summary>
internal sealed record AcronymDefinition(TextSpan Acronym, TextSpan Expansion);

/// <summary>
/// Finds acronyms a text defines: "Long Form (LF)", "LF (Long Form)", "LF, the Long Form". The long form is found
/// by Schwartz and Hearst's rule (2003, "A simple algorithm for identifying abbreviation definitions in biomedical
/// text"): the shortest run of words before the parenthesis in which the acronym's letters occur in order, right to
/// left, its first letter starting a word ("Office of Harbour Works in the Northern Isles (OHWNI)", "al Sahra Front in
/// the Western Hills (ASWH)", "UN Harbour and Fisheries Board" for UNHFB). The long form must read as a
/// name: its words capitalized, or connectors and particles between them.
/// </summary>
internal static partial class AcronymDefinitions
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "in", "for", "on", "at", "to", "&" };

    /// <summary>"LF (", "LF-led (", "LF, the ": an acronym before its expansion.</summary>
    [GeneratedRegex(@"\b(?<sf>[A-Z][A-Z.]{0,8}[A-Z])(?:-[a-z]+)?(?:\s+\(|,\s+the\s+|,\s+or\s+)(?=[A-Z\p{Ll}])", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymFirst();

    /// <summary>" (LF)": an acronym after its expansion.</summary>
    [GeneratedRegex(@"\s\((?<sf>[A-Z][A-Z.]{0,8}[A-Z])\)", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymAfter();

    public static IReadOnlyList<AcronymDefinition> Find(string text, EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<AcronymDefinition>();
        foreach (Match m in AcronymAfter().Matches(text))
        {
            Group sf = m.Groups["sf"];
            string acronym = sf.Value.Replace(".", string.Empty, StringComparison.Ordinal);
            if (LongFormBefore(text, m.Index, acronym, lexicon) is { } expansion)
            {
                found.Add(new AcronymDefinition(new TextSpan(sf.Index, sf.Index + sf.Length), expansion));
            }
        }

        foreach (Match m in AcronymFirst().Matches(text))
        {
            Group sf = m.Groups["sf"];
            string acronym = sf.Value.Replace(".", string.Empty, StringComparison.Ordinal);
            if (LongFormAfter(text, m.Index + m.Length, acronym, lexicon) is { } expansion)
            {
                found.Add(new AcronymDefinition(new TextSpan(sf.Index, sf.Index + sf.Length), expansion));
            }
        }

        return found;
    }

    /// <summary>
    /// Makes each defined expansion one candidate (replacing the pieces the scanner cut it into, "Office", "Harbour
    /// Works", "Northern Isles"), adds the acronym as a candidate where the scanner skipped it ("AN", "OR"), and
    /// returns the glosses: acronym → expansion.
    /// </summary>
    public static Dictionary<string, string> Apply(string text, List<NameCandidate> candidates, EntityLexicon lexicon)
    {
        var glosses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (AcronymDefinition d in Find(text, lexicon))
        {
            string expansion = d.Expansion.Slice(text);
            string acronym = d.Acronym.Slice(text);
            if (candidates.Any(c => c.Span.Start < d.Expansion.Start && c.Span.End > d.Expansion.Start))
            {
                // A longer name starts before the expansion: it is not the name the acronym stands for.
                continue;
            }

            NameCandidate? whole = candidates.FirstOrDefault(c => c.NameSpan == d.Expansion);
            EntityType type = whole?.Type ?? (lexicon.Countries.FindPlace(expansion) is not null ? EntityType.Place : EntityType.Organization);
            if (whole is null)
            {
                candidates.RemoveAll(c => c.NameSpan.Start < d.Expansion.End && c.NameSpan.End > d.Expansion.Start);
                candidates.Add(new NameCandidate(d.Expansion, d.Expansion, expansion, NameForms.Words(expansion), type, Evidence.Lexicon));
            }

            if (!candidates.Any(c => c.NameSpan == d.Acronym))
            {
                candidates.RemoveAll(c => c.NameSpan.Start < d.Acronym.End && c.NameSpan.End > d.Acronym.Start);
                candidates.Add(new NameCandidate(d.Acronym, d.Acronym, acronym, [acronym], type, Evidence.Lexicon));
            }

            glosses.TryAdd(acronym, expansion);
        }

        return glosses;
    }

    /// <summary>The shortest name ending at <paramref name="end"/> (on one line) that spells <paramref name="acronym"/>.</summary>
    private static TextSpan? LongFormBefore(string text, int end, string acronym, EntityLexicon lexicon)
    {
        int maxWords = Math.Min(acronym.Length + 5, acronym.Length * 2);
        int lineStart = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        List<(int Start, int End)> words = WordsBefore(text, lineStart, end, maxWords);
        if (words.Count < 2)
        {
            return null;
        }

        int first = words[0].Start;
        string window = text[first..end];
        int start = Match(window, acronym);
        if (start < 0)
        {
            return null;
        }

        var span = new TextSpan(first + start, words[^1].End);
        return IsName(span.Slice(text), lexicon) ? span : null;
    }

    /// <summary>The name starting at <paramref name="start"/> (up to a parenthesis or punctuation) when it spells <paramref name="acronym"/> from its first word.</summary>
    private static TextSpan? LongFormAfter(string text, int start, string acronym, EntityLexicon lexicon)
    {
        int maxWords = Math.Min(acronym.Length + 5, acronym.Length * 2);
        int end = start;
        int count = 0;
        int lastNameEnd = -1;
        while (count < maxWords)
        {
            int wordEnd = end;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’' or '&' or '.') && !(text[wordEnd] == '.' && (wordEnd + 1 >= text.Length || !char.IsLetter(text[wordEnd + 1]))))
            {
                wordEnd++;
            }

            if (wordEnd == end)
            {
                break;
            }

            string word = text[end..wordEnd];
            count++;
            if (char.IsUpper(word[0]))
            {
                lastNameEnd = wordEnd;
            }
            else if (!Connectors.Contains(word) && !lexicon.Particles.Contains(word.Split('-')[0]))
            {
                break;
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            end = wordEnd + 1;
        }

        if (lastNameEnd < 0)
        {
            return null;
        }

        string candidate = text[start..lastNameEnd];
        return Match(candidate, acronym) == 0 && IsName(candidate, lexicon) ? new TextSpan(start, lastNameEnd) : null;
    }

    /// <summary>Up to <paramref name="max"/> words ending at <paramref name="end"/>, not before <paramref name="limit"/> nor across sentence punctuation.</summary>
    private static List<(int Start, int End)> WordsBefore(string text, int limit, int end, int max)
    {
        var words = new List<(int, int)>();
        int i = end;
        while (words.Count < max)
        {
            int wordEnd = i;
            while (wordEnd > limit && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            int wordStart = wordEnd;
            while (wordStart > limit && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\'' or '’' or '&'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                break;
            }

            words.Insert(0, (wordStart, wordEnd));
            if (wordStart == limit || text[wordStart - 1] != ' ')
            {
                break;
            }

            i = wordStart - 1;
        }

        return words;
    }

    /// <summary>Schwartz and Hearst's match: the offset in <paramref name="window"/> where the long form starts, or -1.</summary>
    internal static int Match(string window, string acronym)
    {
        int s = acronym.Length - 1;
        int l = window.Length - 1;
        while (s >= 0)
        {
            char c = char.ToLowerInvariant(acronym[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }

            while ((l >= 0 && char.ToLowerInvariant(window[l]) != c) || (s == 0 && l >= 0 && !StartsName(window, l)))
            {
                l--;
            }

            if (l < 0)
            {
                return -1;
            }

            l--;
            s--;
        }

        return l + 1;
    }

    /// <summary>
    /// The first letter of the long form starts a word that can open a name: capitalized, or a particle ("al"); not a
    /// connector ("of" in "Office of Harbour Works" is no start for OHW).
    /// </summary>
    private static bool StartsName(string window, int at)
    {
        if (at > 0 && char.IsLetterOrDigit(window[at - 1]))
        {
            return false;
        }

        if (char.IsUpper(window[at]))
        {
            return true;
        }

        int end = at;
        while (end < window.Length && char.IsLetter(window[end]))
        {
            end++;
        }

        return EntityLexicon.Instance.Particles.Contains(window[at..end]);
    }

    /// <summary>Two or more words, capitalized first and last, with only connectors and particles in lower case.</summary>
    private static bool IsName(string longForm, EntityLexicon lexicon)
    {
        string[] words = NameForms.Words(longForm);
        if (words.Length < 2 || !char.IsUpper(words[^1][0]))
        {
            return false;
        }

        bool firstOk = char.IsUpper(words[0][0]) || lexicon.Particles.Contains(words[0].Split('-')[0]);
        return firstOk && words.All(w => char.IsUpper(w[0]) || Connectors.Contains(w) || lexicon.Particles.Contains(w.Split('-')[0]))
            && words.Count(w => char.IsUpper(w[0])) >= 2;
    }
}
