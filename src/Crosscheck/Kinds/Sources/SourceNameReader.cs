using System.Text.RegularExpressions;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Sources;

/// <summary>A name read from the text next to a cue: its span, its words as written and whether it is a possessor ("CBS's").</summary>
internal readonly record struct SourceName(TextSpan Span, string Name, bool Possessive)
{
    /// <summary>Read after a descriptor that says what it is ("the site X", "UK publication X").</summary>
    public bool Described { get; init; }

    public bool HasCapital => Name.Any(char.IsUpper);
}

/// <summary>
/// Reads the name of a body or outlet that stands after a cue ("told the X", "a statement from the X ministry") or before
/// a verb or role ("the X Ministry of Y said", "X spokesman"): capitalized words with the connectors of institutional names
/// ("of", "for", "and"), lower-case modifiers up to a head noun ("the defence ministry", "X magazine"), a possessor
/// ("X's"), a trailing acronym in brackets. Reads only within one line. Stateless.
/// </summary>
internal static partial class SourceNameReader
{
    private const int MaxWords = 9;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "de", "del", "da", "du", "la", "le", "von", "van", "bin", "ibn" };

    private readonly record struct Word(int Start, int End, string Text, bool Possessive)
    {
        public bool Capitalized => Text.Length > 0 && (char.IsUpper(Text[0]) || (Text.Length > 3 && Text[2] == '-' && char.IsUpper(Text[3]) && Text[..2] is "al" or "el" or "ad" or "an"));
    }

    /// <summary>The name that starts at <paramref name="pos"/> (after an optional "the", a possessive "the country's" and an appositive descriptor "the site").</summary>
    public static SourceName? ReadForward(string text, int pos, SourceLexicon lexicon)
    {
        int i = SkipSpaces(text, pos);
        i = SkipPrefix(text, i, lexicon, out bool described);
        var words = new List<Word>();
        int lower = 0;
        while (words.Count < MaxWords && WordAt(text, i) is { } w)
        {
            if (w.Capitalized && !QuoteLexicon.Months.Contains(w.Text.TrimEnd('.')) && !(words.Count > 0 && w.Text == "The"))
            {
                words.Add(w);
            }
            else if (words.Count > 0 && Connectors.Contains(w.Text) && NextWord(text, w) is { Capitalized: true } next && next.Text != "The"
                && !(w.Text == "and" && !words[^1].Capitalized))
            {
                words.Add(w);
            }
            else if (words.Count > 0 && w.Text is "in" or "on" && words.Any(x => x.Text == "of") && NextWord(text, w) is { Text: "the" } the
                && NextWord(text, the) is { Capitalized: true })
            {
                words.Add(w);
                words.Add(the);
                w = the;
            }
            else if (!w.Capitalized && HeadWithin(text, w, lexicon) is { } run)
            {
                words.AddRange(run);
                lower += run.Count;
                w = run[^1];
                if (!w.Possessive)
                {
                    break;
                }
            }
            else
            {
                break;
            }

            if (w.Possessive || text[w.End - 1] == '.' && !IsAbbreviation(w.Text))
            {
                break;
            }

            i = SkipSpaces(text, w.End);
        }

        while (words.Count > 0 && (Connectors.Contains(words[^1].Text) || words[^1].Text == "the"))
        {
            words.RemoveAt(words.Count - 1);
        }

        return Build(text, words, lower) is { } name ? name with { Described = described } : null;
    }

    /// <summary>The name that ends just before <paramref name="end"/> (spaces and a bracketed acronym skipped); the possessor that precedes a name is not part of it.</summary>
    public static SourceName? ReadBackward(string text, int end, SourceLexicon lexicon, bool lowerHeadRequired = true)
    {
        int j = end;
        while (j > 0 && text[j - 1] is ' ' or '\t' or '\u00a0')
        {
            j--;
        }

        string? acronym = null;
        int acronymEnd = -1;
        if (j > 0 && text[j - 1] == ')' && AcronymBefore().Match(text[Math.Max(0, j - 16)..j]) is { Success: true } a)
        {
            acronym = a.Groups["a"].Value;
            acronymEnd = j;
            j -= a.Length;
        }

        var words = new List<Word>();
        bool allLower = true;
        while (words.Count < MaxWords && WordBefore(text, j) is { } w)
        {
            if (w.Possessive || (w.Text.EndsWith('.') && !IsAbbreviation(w.Text)))
            {
                break;
            }

            string bare = w.Text.TrimEnd('.');
            if (w.Capitalized && !QuoteLexicon.Months.Contains(bare) && !(QuoteLexicon.FunctionWords.Contains(bare) && (words.Count == 0 || AtClauseStart(text, w.Start))))
            {
                words.Insert(0, w);
                allLower = false;
            }
            else if (words.Count > 0 && Connectors.Contains(w.Text) && words[0].Capitalized && w.Text != "and")
            {
                words.Insert(0, w);
            }
            else if (words.Count > 0 && w.Text == "the" && words[0].Capitalized && WordBefore(text, w.Start) is { Text: "in" or "on" } prep)
            {
                words.Insert(0, w);
                words.Insert(0, prep);
                w = prep;
            }
            else if (!w.Capitalized && allLower && words.Count < 3
                && (lexicon.Heads.Contains(w.Text) || ((words.Count > 0 || !lowerHeadRequired) && !QuoteLexicon.FunctionWords.Contains(w.Text)
                    && !QuoteLexicon.Determiners.Contains(w.Text) && !EntityLexicon.Instance.StopWords.Contains(w.Text) && !lexicon.Verbs.ContainsKey(w.Text))))
            {
                words.Insert(0, w);
            }
            else
            {
                break;
            }

            j = w.Start;
        }

        while (words.Count > 0 && (Connectors.Contains(words[0].Text) || words[0].Text is "in" or "on" or "the"))
        {
            words.RemoveAt(0);
        }

        if (Build(text, words, words.Count(w => !w.Capitalized)) is not { } name)
        {
            return null;
        }

        return acronym is null || name.Name.EndsWith(')') ? name : new SourceName(new TextSpan(name.Span.Start, acronymEnd), $"{name.Name} ({acronym})", false);
    }

    /// <summary>The possessor word just before <paramref name="end"/> ("Holm's" before "publicist"), or null.</summary>
    public static SourceName? PossessorBefore(string text, int end)
    {
        int j = end;
        while (j > 0 && text[j - 1] == ' ')
        {
            j--;
        }

        return WordBefore(text, j) is { Possessive: true } w ? new SourceName(new TextSpan(w.Start, w.End), w.Text, true) : null;
    }

    private static SourceName? Build(string text, List<Word> words, int lower)
    {
        if (words.Count == 0 || (!words.Any(w => w.Capitalized) && words.Count < 2))
        {
            return null;
        }

        int start = words[0].Start;
        int end = words[^1].End;
        string name = string.Join(' ', words.Select(w => w.Text.TrimEnd('.') is var t && IsAbbreviation(w.Text) ? w.Text : t));
        bool possessive = words[^1].Possessive;
        if (!possessive && AcronymAfter().Match(text, end) is { Success: true } a && a.Index == end)
        {
            name = $"{name} ({a.Groups["a"].Value})";
            end = a.Index + a.Length;
        }

        return new SourceName(new TextSpan(start, end), name, possessive);
    }

    /// <summary>Lower-case words from <paramref name="first"/> up to a head noun within three words ("defence ministry"), or null.</summary>
    private static List<Word>? HeadWithin(string text, Word first, SourceLexicon lexicon)
    {
        var run = new List<Word>();
        int head = -1;
        Word? w = first;
        while (w is { } x && run.Count < 3 && !x.Capitalized && !QuoteLexicon.FunctionWords.Contains(x.Text) && !QuoteLexicon.Determiners.Contains(x.Text))
        {
            run.Add(x);
            if (lexicon.Heads.Contains(x.Text))
            {
                head = run.Count - 1; // the last head noun closes the name: "defense ministry", not "defense"
            }

            if (x.Possessive)
            {
                break;
            }

            w = NextWord(text, x);
        }

        return head < 0 ? null : run[..(head + 1)];
    }

    private static int SkipPrefix(string text, int i, SourceLexicon lexicon, out bool described)
    {
        described = false;
        if (The().Match(text, i) is { Success: true } the && the.Index == i)
        {
            i += the.Length;
        }

        // "the country's defence ministry": a possessor that is a common noun points back, it is not the name
        if (WordAt(text, i) is { Possessive: true, Capitalized: false } owner)
        {
            int k = owner.End;
            k += k < text.Length && text[k] is '\'' or '’' or '‘' ? 1 : 0;
            k += k < text.Length && text[k] == 's' ? 1 : 0;
            i = SkipSpaces(text, k);
        }

        foreach (string d in lexicon.Descriptors.OrderByDescending(d => d.Length))
        {
            var m = Regex.Match(text[i..Math.Min(text.Length, i + 60)], @"^(?:\p{Lu}[\p{L}.]*\s+)?" + Regex.Escape(d) + @"\s+(?:the\s+|The\s+)?(?=\p{Lu})");
            if (m.Success)
            {
                described = true;
                return i + m.Length;
            }
        }

        return i;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00a0')
        {
            i++;
        }

        return i;
    }

    private static Word? NextWord(string text, Word w)
    {
        int i = w.End;
        if (w.Possessive && i < text.Length && text[i] is '\'' or '’')
        {
            return null;
        }

        return WordAt(text, SkipSpaces(text, i)) is { } n && n.Start > w.End ? n : null;
    }

    /// <summary>The word that starts exactly at <paramref name="i"/>.</summary>
    private static Word? WordAt(string text, int i)
    {
        if (i >= text.Length || !char.IsLetterOrDigit(text[i]))
        {
            return null;
        }

        Match m = WordShape().Match(text, i);
        if (!m.Success || m.Index != i)
        {
            return null;
        }

        return ToWord(text, m.Index, m.Length);
    }

    /// <summary>The word that ends at <paramref name="end"/> after spaces only, or null at punctuation or a line break.</summary>
    private static Word? WordBefore(string text, int end)
    {
        int j = end;
        while (j > 0 && text[j - 1] is ' ' or '\t' or '\u00a0')
        {
            j--;
        }

        if (j == 0 || (j == end && end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return null;
        }

        int k = j;
        if (text[k - 1] is '\'' or '’' or '‘')
        {
            k--;
        }

        int s = k;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '.' or '-' or '&' or '\'' or '’' or '‘'))
        {
            s--;
        }

        while (s < k && !char.IsLetterOrDigit(text[s]))
        {
            s++;
        }

        return s < k ? ToWord(text, s, j - s) : null;
    }

    private static Word ToWord(string text, int start, int length)
    {
        string raw = text.Substring(start, length);
        int end = start + length;
        bool possessive = false;
        if (PossessiveEnd().Match(raw) is { Success: true } p)
        {
            raw = raw[..p.Index];
            possessive = true;
        }
        else if (end < text.Length && text[end] is '\'' or '’' or '‘' && (end + 1 >= text.Length || !char.IsLetter(text[end + 1])) && raw.EndsWith('s'))
        {
            possessive = true;
        }

        return new Word(start, start + raw.Length, raw, possessive);
    }

    private static bool AtClauseStart(string text, int start)
    {
        int j = start;
        while (j > 0 && text[j - 1] is ' ' or '\t' or '\u00a0')
        {
            j--;
        }

        return j == 0 || text[j - 1] is '.' or '\n' or '"' or '“' or '”' or ':' or '!' or '?' or ';' or '(' or ',';
    }

    /// <summary>"U.S.", "Adm.", "Jr.": a word whose final stop is part of it; "AOL." at a sentence end is not.</summary>
    private static bool IsAbbreviation(string word) =>
        word.EndsWith('.') && (word.Count(c => c == '.') > 1 || word.Length == 2 || QuoteLexicon.IsTitle(word.TrimEnd('.'))
            || EntityLexicon.Instance.TitleWords.Contains(word.TrimEnd('.')));

    [GeneratedRegex(@"\G[\p{L}\p{N}][\p{L}\p{N}.&\-]*(?:['’‘][\p{L}]+)*")]
    private static partial Regex WordShape();

    [GeneratedRegex(@"['’‘]s$")]
    private static partial Regex PossessiveEnd();

    [GeneratedRegex(@"\G(?:the|The)\s+")]
    private static partial Regex The();

    [GeneratedRegex(@"\G\s*\((?<a>[A-Z][A-Za-z]{1,9}(?: [A-Z][a-z]+)?)\)")]
    private static partial Regex AcronymAfter();

    [GeneratedRegex(@"\((?<a>[A-Z][A-Za-z]{1,9}(?: [A-Z][a-z]+)?)\)$")]
    private static partial Regex AcronymBefore();
}
