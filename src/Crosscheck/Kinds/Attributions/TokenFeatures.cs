using System.Globalization;
using Crosscheck.Kinds.Entities.Ner;
using Crosscheck.Learning;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// The hashed features of each token for the attribution tagger: the word and its neighbours
/// (lower-cased, two either side, and bigrams), shape, prefix and suffix, capitalization, quote marks
/// and whether the token stands inside a quotation, sentence and line position, and the nearest
/// attribution cue word (<see cref="CueLexicon"/>) on either side in the sentence with its distance; the
/// cluster paths of the word and its neighbours (<see cref="WordClusters"/>, so that rare cue verbs and source
/// nouns share weights with common ones); and the clause around the token (the punctuation and the word that
/// open and close it, the commas between it and the nearest cue word), where most content spans begin and end.
/// Each feature is a bucket index below <c>1 &lt;&lt; bits</c>.
/// </summary>
public static class TokenFeatures
{
    private static readonly int[] ClusterLengths = [1, 2, 4];

    public static int[][] Extract(TaggerTokens tokens, int bits) => Extract(tokens, bits, WordClusters.Default);

    public static int[][] Extract(TaggerTokens tokens, int bits, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(clusters);
        int n = tokens.Count;
        uint mask = (1u << bits) - 1;
        var lower = new string[n];
        var cue = new bool[n];
        for (int i = 0; i < n; i++)
        {
            // Dashes of every width are one word here ("— Name" after a quote is a cue).
            lower[i] = tokens.Tokens[i].Text is "—" or "–" or "―" or "--" ? "—" : tokens.Tokens[i].Text.ToLowerInvariant();
            cue[i] = CueLexicon.Contains(lower[i]);
        }

        var path = new string?[n];
        for (int i = 0; i < n; i++)
        {
            path[i] = clusters.PathOf(tokens.Tokens[i].Text);
        }

        ClauseEdges clauses = ClauseEdges.Of(tokens, lower);

        bool[] inQuote = InsideQuotes(tokens);
        (int[] sentenceFirst, int[] sentenceLast) = SentenceBounds(tokens);
        var result = new int[n][];
        var f = new List<int>(64);
        for (int i = 0; i < n; i++)
        {
            f.Clear();
            void Add(string name, string value) => f.Add((int)(FeatureHash.Of(name, value) & mask));
            string W(int k) => i + k < 0 ? "<s>" : i + k >= n ? "</s>" : lower[i + k];

            Add("b", "");
            Add("w", lower[i]);
            Add("w-1", W(-1));
            Add("w+1", W(1));
            Add("w-2", W(-2));
            Add("w+2", W(2));
            Add("w-1w", W(-1) + "|" + lower[i]);
            Add("ww+1", lower[i] + "|" + W(1));
            Add("w-2w-1", W(-2) + "|" + W(-1));
            Add("w+1w+2", W(1) + "|" + W(2));
            string shape = Shape(tokens.Tokens[i].Text);
            Add("sh", shape);
            Add("sh-1sh", (i > 0 ? Shape(tokens.Tokens[i - 1].Text) : "<s>") + "|" + shape);
            Add("shsh+1", shape + "|" + (i + 1 < n ? Shape(tokens.Tokens[i + 1].Text) : "</s>"));
            if (lower[i].Length > 3)
            {
                Add("p3", lower[i][..3]);
                Add("s3", lower[i][^3..]);
                Add("s2", lower[i][^2..]);
            }

            bool sentenceStart = tokens.SentenceStart[i];
            int s = tokens.Sentence[i];
            Add("ss", sentenceStart ? "1" : "0");
            Add("ls", tokens.LineStart[i] ? "1" : "0");
            Add("se", i == sentenceLast[s] ? "1" : "0");
            Add("pos", Bucket(i - sentenceFirst[s]));
            Add("toend", Bucket(sentenceLast[s] - i));
            Add("q", inQuote[i] ? "1" : "0");
            Add("qw", (inQuote[i] ? "1|" : "0|") + lower[i]);
            Add("q-1q", (i > 0 && inQuote[i - 1] ? "1" : "0") + (inQuote[i] ? "1" : "0") + (i + 1 < n && inQuote[i + 1] ? "1" : "0"));
            Add("cue", cue[i] ? "1" : "0");

            (int left, string leftWord) = NearestCue(lower, cue, i, sentenceFirst[s], -1);
            (int right, string rightWord) = NearestCue(lower, cue, i, sentenceLast[s], 1);
            Add("cl", left < 0 ? "none" : Bucket(left));
            Add("cr", right < 0 ? "none" : Bucket(right));
            Add("clr", (left < 0 ? "n" : Bucket(left)) + "|" + (right < 0 ? "n" : Bucket(right)));
            if (left >= 0)
            {
                Add("clw", leftWord);
            }

            if (right >= 0)
            {
                Add("crw", rightWord);
            }

            Add("clq", (left < 0 ? "n" : "y") + (right < 0 ? "n" : "y") + (inQuote[i] ? "q" : "-") + shape);
            Add("lem", Stem(lower[i]));
            Add("lem-1", i > 0 ? Stem(lower[i - 1]) : "<s>");
            Add("lem+1", i + 1 < n ? Stem(lower[i + 1]) : "</s>");
            Add("cue3", (i > 0 && cue[i - 1] ? "1" : "0") + (cue[i] ? "1" : "0") + (i + 1 < n && cue[i + 1] ? "1" : "0"));
            Add("qd", QuoteDistance(tokens, inQuote, i, sentenceFirst[s], -1) + "|" + QuoteDistance(tokens, inQuote, i, sentenceLast[s], 1));

            string C(int k, int length) => i + k < 0 || i + k >= n ? "<>" : path[i + k] is { } p ? p[..Math.Min(length, p.Length)] : "?";
            foreach (int length in ClusterLengths)
            {
                Add("c" + length, C(0, length));
                Add("c-1:" + length, C(-1, length));
                Add("c+1:" + length, C(1, length));
            }

            Add("c-1c", C(-1, 2) + "|" + C(0, 2));
            Add("cc+1", C(0, 2) + "|" + C(1, 2));

            // The clause: what opens it on the left and closes it on the right, and how far.
            (string open, int openDistance) = clauses.Open(i);
            (string close, int closeDistance) = clauses.Close(i);
            Add("kl", open);
            Add("kr", close);
            Add("klr", open + "|" + close);
            Add("kld", open + "|" + Bucket(openDistance));
            Add("krd", close + "|" + Bucket(closeDistance));
            Add("kw", open + "|" + lower[i]);
            Add("kqw", close + "|" + (inQuote[i] ? "q" : "-") + shape);
            Add("kcl", (left < 0 ? "n" : CommasBetween(tokens, i - left, i)) + "|" + (right < 0 ? "n" : CommasBetween(tokens, i, i + right)));
            result[i] = [.. f];
        }

        return result;
    }

    internal static string CommasBetween(TaggerTokens tokens, int from, int to)
    {
        int commas = 0;
        for (int j = from + 1; j < to; j++)
        {
            if (tokens.Tokens[j].Text == ",")
            {
                commas++;
            }
        }

        return commas >= 2 ? "2+" : commas.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A crude stem that lets inflected forms share weights ("claims", "claimed", "claiming" → "claim").</summary>
    private static string Stem(string w)
    {
        foreach (string suffix in (string[])["ing", "ed", "es", "s"])
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    // Tokens to the nearest quote mark outside a quotation on one side, within the sentence, bucketed.
    private static string QuoteDistance(TaggerTokens tokens, bool[] inQuote, int i, int limit, int step)
    {
        for (int j = i + step, d = 1; step < 0 ? j >= limit : j <= limit; j += step, d++)
        {
            if (inQuote[j] && tokens.Tokens[j].Kind == Model.TokenKind.Punctuation && tokens.Tokens[j].Text is "“" or "”" or "\"" or "«" or "»")
            {
                return Bucket(d);
            }
        }

        return "n";
    }

    private static (int Distance, string Word) NearestCue(string[] lower, bool[] cue, int i, int limit, int step)
    {
        for (int j = i + step, d = 1; step < 0 ? j >= limit : j <= limit; j += step, d++)
        {
            if (cue[j])
            {
                return (d, lower[j]);
            }
        }

        return (-1, "");
    }

    private static (int[] First, int[] Last) SentenceBounds(TaggerTokens tokens)
    {
        int count = tokens.Count == 0 ? 0 : tokens.Sentence[^1] + 1;
        var first = new int[count];
        var last = new int[count];
        Array.Fill(first, -1);
        for (int i = 0; i < tokens.Count; i++)
        {
            int s = tokens.Sentence[i];
            if (first[s] < 0)
            {
                first[s] = i;
            }

            last[s] = i;
        }

        return (first, last);
    }

    /// <summary>Inside a double quotation: after an opening mark and before its closing one, reset at each line.</summary>
    private static bool[] InsideQuotes(TaggerTokens tokens)
    {
        var inside = new bool[tokens.Count];
        bool open = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens.LineStart[i])
            {
                open = false;
            }

            string t = tokens.Tokens[i].Text;
            if (t is "“" or "«" || (t == "\"" && !open))
            {
                open = true;
                inside[i] = true;
                continue;
            }

            if (t is "”" or "»" || (t == "\"" && open))
            {
                inside[i] = true;
                open = false;
                continue;
            }

            inside[i] = open;
        }

        return inside;
    }

    internal static string Bucket(int d) => d switch
    {
        <= 3 => d.ToString(CultureInfo.InvariantCulture),
        <= 6 => "4-6",
        <= 10 => "7-10",
        <= 20 => "11-20",
        _ => "21+",
    };

    private static string Shape(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        char first = text[0];
        if (char.IsDigit(first))
        {
            return "d";
        }

        if (!char.IsLetter(first))
        {
            return text.Length == 1 ? text : "p";
        }

        bool allUpper = text.All(c => !char.IsLetter(c) || char.IsUpper(c));
        if (allUpper)
        {
            return text.Length == 1 ? "X" : "XX";
        }

        return char.IsUpper(first) ? "Xx" : "x";
    }
}
