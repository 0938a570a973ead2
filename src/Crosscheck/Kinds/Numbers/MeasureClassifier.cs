using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// Decides what a count counts from the words around it, verb first: a governing verb or "noun of"
/// on the left ("killed 60", "the death of 139", "the death toll stood at 133"), then a predicate after the
/// counted noun ("six members had been killed", "100 wounded"), a relative clause ("who had flocked"),
/// and last the counted noun itself ("four gunmen").
/// </summary>
internal static class MeasureClassifier
{
    private static readonly HashSet<string> Gap = Lexicon.WordSet("Numbers/gap-words.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NounPhraseStop = Lexicon.WordSet("Numbers/noun-phrase-stop.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Aux = Lexicon.WordSet("Numbers/auxiliaries.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Intransitive = new(StringComparer.OrdinalIgnoreCase) { "died", "perished", "missing", "dead", "disappeared", "vanished" };

    /// <summary>The normalized measure of the quantity <paramref name="q"/> of <paramref name="sentence"/>, or null.</summary>
    public static (string? Measure, MeasureRole? Role) Classify(Sentence sentence, Quantity q, MeasureLexicon lexicon)
    {
        IReadOnlyList<Token> tokens = sentence.Tokens;
        int left = -1, right = tokens.Count;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Span.End <= q.Span.Start)
            {
                left = i;
            }
            else if (tokens[i].Span.Start >= q.Span.End)
            {
                right = i;
                break;
            }
        }

        return FromLeft(tokens, left, lexicon) is { } l ? l
            : FromRight(tokens, right, q, lexicon) is { } r ? r
            : (null, null);
    }

    private static (string, MeasureRole)? FromLeft(IReadOnlyList<Token> tokens, int j, MeasureLexicon lexicon)
    {
        int start = j;
        while (j >= 0 && tokens[j].Kind == TokenKind.Word && Gap.Contains(tokens[j].Text) && !(tokens[j].Text.Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            j--;
        }

        // "a total of": skip "of" when "total" precedes it.
        if (j >= 1 && Is(tokens[j], "of") && Is(tokens[j - 1], "total"))
        {
            j -= 2;
            while (j >= 0 && Gap.Contains(tokens[j].Text))
            {
                j--;
            }
        }

        if (j >= 0 && tokens[j].Kind == TokenKind.Word)
        {
            if (lexicon.Lookup(MeasureRole.Before, tokens[j].Text) is { } m)
            {
                return (m, MeasureRole.Before);
            }

            if (j >= 1 && lexicon.Lookup(MeasureRole.Before, tokens[j - 1].Text + " " + tokens[j].Text) is { } m2)
            {
                return (m2, MeasureRole.Before);
            }

            if (Is(tokens[j], "of") && j >= 1 && lexicon.Lookup(MeasureRole.Of, tokens[j - 1].Text) is { } m3)
            {
                return (m3, MeasureRole.Of);
            }
        }

        // "the death toll stood at", "death toll now above", "raised the death toll to".
        for (int k = start; k >= 1 && k > start - 6; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                break;
            }

            if ((Is(tokens[k], "toll") || Is(tokens[k], "count") || Is(tokens[k], "tally")) && lexicon.Lookup(MeasureRole.Toll, tokens[k - 1].Text) is { } m4)
            {
                return (m4, MeasureRole.Toll);
            }
        }

        return null;
    }

    private static (string, MeasureRole)? FromRight(IReadOnlyList<Token> tokens, int r, Quantity q, MeasureLexicon lexicon)
    {
        if (r >= tokens.Count)
        {
            return null;
        }

        if (tokens[r].Kind == TokenKind.Word && lexicon.Lookup(MeasureRole.Object, tokens[r].Text) is { } obj && !IsActiveVerb(tokens, r))
        {
            return (obj, MeasureRole.Object);
        }

        // "dozens of Afghans", "hundreds of people".
        if (q.IsVague && Is(tokens[r], "of"))
        {
            r++;
        }

        int k = r;
        var noun = new List<int>(4);
        while (k < tokens.Count && k < r + 4 && tokens[k].Kind == TokenKind.Word && !NounPhraseStop.Contains(tokens[k].Text))
        {
            if (PredicateAt(tokens, k, lexicon) is { } inside && k > r - 1 && !IsActiveVerb(tokens, k))
            {
                // "130 killed", "60 people killed": a participle inside the phrase.
                if (noun.Count == 0 || !char.IsUpper(tokens[k].Text[0]))
                {
                    return HeldHostages(tokens, noun, inside, lexicon) ? ("hostages", MeasureRole.Noun) : (inside, MeasureRole.After);
                }
            }

            noun.Add(k);
            k++;
        }

        // "Six people, including the leader, were killed": step over the inserted phrase.
        if (k + 1 < tokens.Count && tokens[k].Text == "," && (Is(tokens[k + 1], "including") || Is(tokens[k + 1], "among")))
        {
            int close = k + 2;
            while (close < tokens.Count && close < k + 10 && tokens[close].Text != ",")
            {
                close++;
            }

            if (close < tokens.Count && tokens[close].Text == ",")
            {
                k = close + 1;
            }
        }

        // "50 people, mostly police, have been arrested": step over any short inserted phrase when a predicate follows it.
        if (k < tokens.Count && tokens[k].Text == "," && ParentheticalEnd(tokens, k) is { } after && PredicateAt(tokens, SkipAux(tokens, after), lexicon) is not null)
        {
            k = after;
        }

        // "36 fighters in all were wounded".
        if (k + 1 < tokens.Count && Is(tokens[k], "in") && (Is(tokens[k + 1], "all") || Is(tokens[k + 1], "total")))
        {
            k += 2;
        }

        bool who = k < tokens.Count && (Is(tokens[k], "who") || Is(tokens[k], "that"));
        if (who)
        {
            k++;
        }

        int beforeAux = k;
        k = SkipAux(tokens, k);
        bool aux = k > beforeAux;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Word)
        {
            string? pred = PredicateAt(tokens, k, lexicon);
            if (pred is not null && (!who || aux || Intransitive.Contains(tokens[k].Text)) && (aux || !IsActiveVerb(tokens, k)))
            {
                if (HeldHostages(tokens, noun, pred, lexicon))
                {
                    return ("hostages", MeasureRole.Noun);
                }

                return (pred, MeasureRole.After);
            }

            if (who && lexicon.Lookup(MeasureRole.Who, tokens[k].Text) is { } rel)
            {
                return (rel, MeasureRole.Who);
            }
        }

        foreach (int i in noun)
        {
            if (lexicon.Lookup(MeasureRole.Noun, tokens[i].Text) is { } n)
            {
                return (n, MeasureRole.Noun);
            }
        }

        return null;
    }

    /// <summary>Steps over auxiliaries and adverbs ("have recently been", "were eventually").</summary>
    private static int SkipAux(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Kind == TokenKind.Word && (Aux.Contains(tokens[k].Text) || IsAdverb(tokens[k].Text)))
        {
            k++;
        }

        return k;
    }

    // "recently", "eventually", "reportedly": a lower-case word in -ly between the subject and its verb is an adverb.
    private static bool IsAdverb(string word) =>
        word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && !word.EndsWith("ply", StringComparison.Ordinal);

    /// <summary>A predicate cue of one to four words starting at <paramref name="k"/> ("killed", "rounded up", "taken to hospital"), longest first.</summary>
    private static string? PredicateAt(IReadOnlyList<Token> tokens, int k, MeasureLexicon lexicon)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        for (int n = Math.Min(4, tokens.Count - k); n >= 1; n--)
        {
            string cue = string.Join(' ', Enumerable.Range(k, n).Select(i => tokens[i].Text));
            if (lexicon.Lookup(MeasureRole.After, cue) is { } m)
            {
                bool blocked = k + n < tokens.Count && lexicon.Lookup(MeasureRole.Block, cue + " " + tokens[k + n].Text) is not null;
                return blocked ? null : m;
            }
        }

        return null;
    }

    /// <summary>The token after the comma that closes a short phrase opened by the comma at <paramref name="open"/>, or null.</summary>
    private static int? ParentheticalEnd(IReadOnlyList<Token> tokens, int open)
    {
        for (int close = open + 2; close < tokens.Count && close <= open + 7; close++)
        {
            if (tokens[close].Text == ",")
            {
                return close + 1;
            }

            if (tokens[close].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    // "four hostages held by the group": hostages stay hostages, not detainees.
    private static bool HeldHostages(IReadOnlyList<Token> tokens, List<int> noun, string measure, MeasureLexicon lexicon) =>
        measure == "detained" && noun.Any(i => lexicon.Lookup(MeasureRole.Noun, tokens[i].Text) == "hostages");

    // "gunmen killed 60": a verb followed by a number or determiner is active, not a participle of the counted noun.
    private static bool IsActiveVerb(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count)
        {
            return false;
        }

        Token next = tokens[k + 1];
        return next.Kind == TokenKind.Number
            || next.Kind == TokenKind.Word && next.Text.ToLowerInvariant() is "the" or "a" or "an" or "at" or "more" or "over" or "nearly" or "about" or "some" or "dozens" or "hundreds" or "scores" or "people" or "civilians";
    }

    private static bool Is(Token t, string word) => t.Text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
