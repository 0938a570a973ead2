using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;

namespace Crosscheck.Lab.Training;

/// <summary>
/// Mines alias groups from a background corpus of news text: sentences that state two capitalized names to be one
/// entity ("X, also known as Y or Z", "X (also called Y)", "X, which calls itself Y and is also known as Z",
/// "X, the group that calls itself Y, also is called Z", "Y, formerly known as X", "ACR, short for Long Name",
/// "Long Name (ACR)" with the acronym's letters the long name's initials). A pair of names is kept when a strong
/// pattern states it or it is stated in at least <see cref="MinSupport"/> distinct texts, and when neither name is a
/// lone first name, a stop word or a word that merely starts a sentence. Kept pairs are joined into groups.
/// Deterministic: the same texts give the same groups in the same order.
/// </summary>
public sealed class AliasMiner
{
    private const int MaxGap = 10;
    private const int MaxGroupSize = 12;
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "that", "who" };
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "was", "were" };
    private readonly EntityLexicon _lexicon = EntityLexicon.Instance;

    /// <summary>Distinct texts needed for a pair stated only by a weak pattern (or naming a one-word name).</summary>
    public int MinSupport { get; init; } = 2;

    /// <summary>The alias groups of the texts: names sorted ordinally within a group, groups by their first name.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Mine(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var support = new Dictionary<(string, string), (HashSet<int> Texts, bool Strong)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (string text in texts)
        {
            if (!seen.Add(text))
            {
                continue;
            }

            foreach (AliasStatement s in Statements(text))
            {
                foreach ((string a, string b) in Pairs(s.Names))
                {
                    bool strong = s.Strong && !IsLoneWord(a) && !IsLoneWord(b);
                    support[(a, b)] = support.TryGetValue((a, b), out var old) ? (old.Texts, old.Strong || strong) : ([], strong);
                    support[(a, b)].Texts.Add(index);
                }
            }

            index++;
        }

        var kept = support.Where(kv => kv.Value.Strong || kv.Value.Texts.Count >= MinSupport).Select(kv => kv.Key)
            .OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal).ToList();
        return Group(kept);
    }

    /// <summary>The alias statements of one text, in text order.</summary>
    public IReadOnlyList<AliasStatement> Statements(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new AliasTokens(text);
        var statements = new List<AliasStatement>();
        List<string>? chain = null;
        int chainEnd = -1;
        bool chainStrong = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "(" && AcronymGloss(tokens, i) is { } gloss)
            {
                statements.Add(gloss);
                continue;
            }

            if (AliasCue.At(tokens, i) is not { } cue)
            {
                continue;
            }

            int yStart = i + cue.Words.Length;
            List<(int First, int End)> ys = AliasesAfter(tokens, yStart);
            if (ys.Count == 0)
            {
                continue;
            }

            List<string> names;
            if (chain is not null && ChainGap(tokens, chainEnd, i))
            {
                names = chain;
            }
            else
            {
                flushChain();
                names = [];
                if (Subject(tokens, i, cue) is { } x && (!cue.NeedsAcronym || tokens.IsAllCaps(x.First) && x.End == x.First + 1
                    && AcronymMatch.Matches([.. tokens.Words(ys[0].First, ys[0].End)], tokens[x.First])))
                {
                    names.Add(tokens.Text(x.First, x.End));
                }
                else if (cue.NeedsAcronym)
                {
                    continue;
                }
            }

            names.AddRange(ys.Where(y => IsName(tokens, y)).Select(y => tokens.Text(y.First, y.End)));
            chain = names;
            chainEnd = ys[^1].End;
            chainStrong |= cue.Strong;
            i = chainEnd - 1;
        }

        flushChain();
        return statements;

        void flushChain()
        {
            if (chain is not null)
            {
                List<string> distinct = [.. chain.Distinct(StringComparer.Ordinal)];
                if (distinct.Count >= 2)
                {
                    statements.Add(new AliasStatement(distinct, chainStrong));
                }
            }

            chain = null;
            chainStrong = false;
        }
    }

    /// <summary>"Long Name (ACR)": the shortest run of capitalized words before the bracket whose initials the acronym spells.</summary>
    private AliasStatement? AcronymGloss(AliasTokens tokens, int open)
    {
        if (open == 0 || open + 2 >= tokens.Count || tokens[open + 2] != ")" || !tokens[open + 1].All(char.IsAsciiLetterUpper)
            || tokens[open + 1].Length is < 2 or > 8 || _lexicon.AcronymStoplist.Contains(tokens[open + 1]))
        {
            return null;
        }

        (int first, int end) = tokens.ReadBackward(open - 1);
        for (int k = end - 2; k >= first; k--)
        {
            if (tokens.IsCapitalized(k) && AcronymMatch.Matches([.. tokens.Words(k, end)], tokens[open + 1]))
            {
                return new AliasStatement([tokens.Text(k, end), tokens[open + 1]], true);
            }
        }

        return null;
    }

    /// <summary>The names after a cue: "Y", "Y or Z".</summary>
    private static List<(int First, int End)> AliasesAfter(AliasTokens tokens, int start)
    {
        var names = new List<(int, int)>();
        int i = start;
        while (i < tokens.Count)
        {
            (int first, int end) = tokens.ReadForward(i);
            if (end == first)
            {
                break;
            }

            names.Add((first, end));
            if (end + 1 < tokens.Count && tokens[end] == "or")
            {
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return names;
    }

    /// <summary>A cue continuing the previous statement: "… calls itself Y, also is called Z", "… Y and is also known as Z".</summary>
    private static bool ChainGap(AliasTokens tokens, int from, int cueStart) =>
        cueStart - from <= 2 && Enumerable.Range(from, cueStart - from).All(k => tokens[k] is "," or "and");

    /// <summary>The name the cue at <paramref name="cue"/> renames, from the words between them; null when they do not fit the cue.</summary>
    private (int First, int End)? Subject(AliasTokens tokens, int cueStart, AliasCue cue)
    {
        // Walk back over lowercase words to the bracket or comma that ends the subject name.
        int k = cueStart - 1;
        while (k >= 0 && cueStart - k <= MaxGap && tokens.IsLowerWord(k))
        {
            k--;
        }

        if (k < 1 || tokens[k] is not ("," or "("))
        {
            return null;
        }

        string[] between = [.. tokens.Words(k + 1, cueStart)];
        bool fits = cue.Kind == CueKind.Appositive
            ? between.Length == 0 || between.Length >= 2 && Copulas.Contains(between[^1]) && Relatives.Contains(between[^2])
            : between.Length >= 1 && (Relatives.Contains(between[^1]) || between.Length >= 2 && between[^1] is "now" or "also" && Relatives.Contains(between[^2]));
        if (!fits)
        {
            return null;
        }

        (int first, int end) = tokens.ReadBackward(k - 1);
        if (tokens.IsSentenceStart(first) && first + 2 < end && tokens.IsLowerWord(first + 1))
        {
            // "Fighters of the X", "Later the X": a sentence's first word is capitalized anyway.
            first++;
            while (first < end && tokens.IsLowerWord(first))
            {
                first++;
            }
        }

        return end > first && IsName(tokens, (first, end)) ? (first, end) : null;
    }

    private bool IsName(AliasTokens tokens, (int First, int End) span)
    {
        int n = span.End - span.First;
        if (n == 0)
        {
            return false;
        }

        if (n > 1)
        {
            return true;
        }

        string word = tokens[span.First];
        if (tokens.IsAllCaps(span.First))
        {
            return !_lexicon.AcronymStoplist.Contains(word);
        }

        return word.Length >= 3 && !tokens.IsSentenceStart(span.First) && !_lexicon.StopWords.Contains(word) && !_lexicon.FirstNames.Contains(word)
            && !_lexicon.NonEntityWords.Contains(word) && !_lexicon.IsGroupWord(word) && !word.Any(char.IsDigit);
    }

    /// <summary>A one-word name that is no acronym: weaker evidence ("Smith, also known as …" may be anyone).</summary>
    private static bool IsLoneWord(string name) => !name.Contains(' ', StringComparison.Ordinal) && !name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            for (int j = i + 1; j < names.Count; j++)
            {
                if (NameForms.SpellingKey(names[i]) != NameForms.SpellingKey(names[j]))
                {
                    yield return string.CompareOrdinal(names[i], names[j]) < 0 ? (names[i], names[j]) : (names[j], names[i]);
                }
            }
        }
    }

    private static List<IReadOnlyList<string>> Group(List<(string, string)> pairs)
    {
        List<string> names = [.. pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var sets = new UnionFind(names.Count);
        foreach ((string a, string b) in pairs)
        {
            sets.Union(index[a], index[b]);
        }

        return [.. Enumerable.Range(0, names.Count).GroupBy(sets.Find)
            .Select(g => (IReadOnlyList<string>)[.. g.Select(i => names[i])])
            .Where(g => g.Count <= MaxGroupSize)
            .OrderBy(g => g[0], StringComparer.Ordinal)];
    }
}
