using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// The head noun of a counted phrase, for a count no verb or cue classifies: "400 Freedonian soldiers" → soldiers,
/// "90 families are in tents" → families, "four men with forged papers" → men, "dozens of protesters" → protesters,
/// "12 of the missing hikers" → hikers. The head is the first lower-case plural noun within three words of the
/// number, before any preposition, conjunction, relative pronoun or verb of being; capitalized words (names and
/// demonyms used as adjectives) are stepped over. Plurals are words in "-s" (not "-ss", "-us", "-is", "-ous")
/// and the irregular plurals of Resources/Numbers/plural-nouns.txt.
/// </summary>
internal static class HeadNoun
{
    private static readonly HashSet<string> Stop = new(
        [.. Lexicon.Words("Numbers/noun-phrase-stop.txt"), .. Lexicon.Lines("Numbers/head-noun-stop.txt")], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Units = new(
        UnitLexicon.Default.After.Where(f => !f.Form.Contains(' ', StringComparison.Ordinal)).Select(f => f.Form.ToLowerInvariant()), StringComparer.Ordinal);

    private static readonly (HashSet<string> Irregular, HashSet<string> NotPlural, HashSet<string> TimeUnits) Words = Load();

    /// <summary>The head noun (lower case) of the phrase counted by <paramref name="q"/>, or null.</summary>
    public static string? Of(Sentence sentence, Quantity q)
    {
        IReadOnlyList<Token> tokens = sentence.Tokens;
        int r = 0;
        while (r < tokens.Count && tokens[r].Span.Start < q.Span.End)
        {
            r++;
        }

        // "dozens of protesters", "12 of the missing hikers": the partitive "of (the)" leads to the counted noun.
        if (r + 1 < tokens.Count && Is(tokens[r], "of"))
        {
            r += Is(tokens[r + 1], "the") || Is(tokens[r + 1], "these") || Is(tokens[r + 1], "those") ? 2 : 1;
        }

        for (int k = r; k < tokens.Count && k < r + 3; k++)
        {
            Token t = tokens[k];
            if (t.Kind != TokenKind.Word || Stop.Contains(t.Text))
            {
                return null;
            }

            string w = t.Text.ToLowerInvariant();
            bool possessive = w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) || NextIsApostrophe(tokens, k);
            if (possessive)
            {
                // "the five men's phones": what is counted is the possessor, not the thing possessed.
                string possessor = w.TrimEnd('s').TrimEnd('\'', '’');
                possessor = possessor.Length == w.Length - 2 ? possessor : w;
                return IsPlural(possessor) && !char.IsUpper(t.Text[0]) ? possessor : null;
            }

            if (char.IsUpper(t.Text[0]))
            {
                continue;
            }

            if (IsPlural(w))
            {
                // "three inches", "two years": a unit makes the number a measurement, not a count of a group.
                return Words.TimeUnits.Contains(w) || Units.Contains(w) ? null : w;
            }
        }

        return null;
    }

    private static bool IsPlural(string w) =>
        Words.Irregular.Contains(w)
        || w.Length > 3 && w[^1] == 's' && !Words.NotPlural.Contains(w) && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal)
            && !w.EndsWith("’s", StringComparison.Ordinal) && w.All(c => char.IsLetter(c) || c == '-');

    private static bool NextIsApostrophe(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Text is "'" or "’" or "'s" or "’s" && tokens[k + 1].Span.Start == tokens[k].Span.End;

    private static bool Is(Token t, string word) => t.Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    private static (HashSet<string>, HashSet<string>, HashSet<string>) Load()
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["irregular"] = new(StringComparer.Ordinal),
            ["not-plural"] = new(StringComparer.Ordinal),
            ["time-units"] = new(StringComparer.Ordinal),
        };
        foreach ((string key, string[] words) in NumberResources.ReadEntries("plural-nouns.txt"))
        {
            sets[key].UnionWith(words.Select(w => w.ToLowerInvariant()));
        }

        return (sets["irregular"], sets["not-plural"], sets["time-units"]);
    }
}
