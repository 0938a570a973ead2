using System.Globalization;
using Crosscheck.Learning;

namespace Crosscheck.Kinds.Entities.Ner;

/// <summary>
/// Features for the second tagger layer from the first layer's tags over the whole document (stacking; the
/// "prediction history" of Ratinov and Roth 2009): the first layer's tag of the word and its neighbours, the
/// types the first layer gave the same word elsewhere in the document (the most frequent, and each one seen), and
/// the type of a longer name elsewhere in the document that holds the word ("Lund" after "Maria Lund").
/// </summary>
public static class NerStackedFeatures
{
    /// <summary>Each word's base features followed by its stacked features.</summary>
    public static int[][][] Extend(IReadOnlyList<IReadOnlyList<string>> sentences, int[][][] features, IReadOnlyList<int[]> firstTags, int bits)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(firstTags);
        uint mask = (1u << bits) - 1;

        // Per lower-cased word: how often each type covers it, and the types of multi-word names holding it.
        var seen = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var inLonger = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var spans = new IReadOnlyList<NerSpan>[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            spans[s] = NerTags.Decode(firstTags[s]);
            foreach (NerSpan span in spans[s])
            {
                int type = NerTags.TypeIndex(span.Type);
                for (int i = span.Start; i < span.End; i++)
                {
                    string w = sentences[s][i].ToLowerInvariant();
                    Count(seen, w, type);
                    if (span.End - span.Start > 1)
                    {
                        Count(inLonger, w, type);
                    }
                }
            }
        }

        var result = new int[sentences.Count][][];
        var f = new List<int>(128);
        for (int s = 0; s < sentences.Count; s++)
        {
            IReadOnlyList<string> words = sentences[s];
            int[] tags = firstTags[s];
            int n = words.Count;
            var own = new int[n];
            Array.Fill(own, -1);
            foreach (NerSpan span in spans[s])
            {
                for (int i = span.Start; i < span.End; i++)
                {
                    own[i] = NerTags.TypeIndex(span.Type);
                }
            }

            result[s] = new int[n][];
            for (int i = 0; i < n; i++)
            {
                f.Clear();
                f.AddRange(features[s][i]);
                void Add(string name, string value) => f.Add((int)(FeatureHash.Of(name, value) & mask));
                string T(int k) => i + k < 0 || i + k >= n ? "-" : tags[i + k].ToString(CultureInfo.InvariantCulture);
                Add("t", T(0));
                Add("t-1", T(-1));
                Add("t+1", T(1));
                Add("t-1tt+1", T(-1) + "|" + T(0) + "|" + T(1));
                string w = words[i].ToLowerInvariant();
                if (w.Length == 0 || !char.IsLetterOrDigit(w[0]))
                {
                    result[s][i] = [.. f];
                    continue;
                }

                int[] counts = [.. seen.GetValueOrDefault(w) ?? new int[NerTags.Types.Count]];
                if (own[i] >= 0)
                {
                    counts[own[i]]--; // the other occurrences only
                }

                int best = -1;
                for (int t = 0; t < counts.Length; t++)
                {
                    if (counts[t] > 0)
                    {
                        Add("h", NerTags.Types[t]);
                        if (best < 0 || counts[t] > counts[best])
                        {
                            best = t;
                        }
                    }
                }

                Add("hb", best < 0 ? "none" : NerTags.Types[best]);
                Add("hbo", (best < 0 ? "none" : NerTags.Types[best]) + "|" + (own[i] < 0 ? "O" : NerTags.Types[own[i]]));
                if (inLonger.GetValueOrDefault(w) is { } longer)
                {
                    for (int t = 0; t < longer.Length; t++)
                    {
                        if (longer[t] > 0)
                        {
                            Add("hl", NerTags.Types[t]);
                        }
                    }
                }

                result[s][i] = [.. f];
            }
        }

        return result;
    }

    private static void Count(Dictionary<string, int[]> counts, string word, int type)
    {
        if (!counts.TryGetValue(word, out int[]? c))
        {
            counts[word] = c = new int[NerTags.Types.Count];
        }

        c[type]++;
    }
}
