using System.Text;
using Crosscheck.Learning;

namespace Crosscheck.Kinds.Entities.Ner;

/// <summary>
/// The hashed features of each word of a document for the entity tagger: the word (as written and lower-cased),
/// its shape (long "Xxxxx" and short "Xx"), prefixes and suffixes of one to four letters, its capitalisation,
/// whether it starts the sentence and whether the sentence is written in capitals (a headline), the words and
/// shapes two either side and word bigrams, the gazetteer lists matching it and its neighbours
/// (<see cref="NerGazetteer"/>), the cluster paths of it and its neighbours (<see cref="WordClusters"/>), and what
/// the rest of the document says of a capitalised word: whether it is also written in lower case there, and
/// whether it also appears capitalised inside a sentence. Each feature is a bucket below <c>1 &lt;&lt; bits</c>.
/// </summary>
public sealed class NerFeatures(NerGazetteer gazetteer, WordClusters clusters, int bits)
{
    private static readonly int[] ClusterLengths = [1, 2, 3, 4];

    public int Bits { get; } = bits;

    /// <summary>The features of each word of each sentence of one document.</summary>
    public int[][][] Extract(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        DocumentView doc = DocumentView.Of(sentences);
        var result = new int[sentences.Count][][];
        for (int s = 0; s < sentences.Count; s++)
        {
            result[s] = Sentence(sentences[s], doc);
        }

        return result;
    }

    private int[][] Sentence(IReadOnlyList<string> words, DocumentView doc)
    {
        int n = words.Count;
        uint mask = (1u << Bits) - 1;
        var lower = new string[n];
        var shape = new string[n];
        var shortShape = new string[n];
        var path = new string?[n];
        for (int i = 0; i < n; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
            shape[i] = Shape(words[i]);
            shortShape[i] = ShortShape(shape[i]);
            path[i] = clusters.PathOf(words[i]);
        }

        IReadOnlyList<string>[] lists = gazetteer.Matches(words);
        bool headline = IsHeadline(words);
        var result = new int[n][];
        var f = new List<int>(96);
        for (int i = 0; i < n; i++)
        {
            f.Clear();
            void Add(string name, string value) => f.Add((int)(FeatureHash.Of(name, value) & mask));
            string L(int k) => i + k < 0 ? "<s>" : i + k >= n ? "</s>" : lower[i + k];
            string S(int k) => i + k < 0 ? "<s>" : i + k >= n ? "</s>" : shortShape[i + k];
            string C(int k, int length) => i + k < 0 || i + k >= n ? "<>" : path[i + k] is { } p ? p[..Math.Min(length, p.Length)] : "?";

            string word = words[i];
            string w = lower[i];
            string first = i == 0 ? "1" : "0";
            string head = headline ? "H" : "-";
            Add("b", "");
            Add("W", word);
            Add("w", w);
            Add("sh", shape[i]);
            Add("ss", shortShape[i]);
            Add("fs", first + head + shortShape[i]);
            for (int k = 1; k <= Math.Min(4, w.Length); k++)
            {
                Add("p" + k, w[..k]);
                Add("s" + k, w[^k..]);
            }

            Add("cap", Capitalisation(word));
            Add("len", Math.Min(w.Length, 8).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add("w-1", L(-1));
            Add("w+1", L(1));
            Add("w-2", L(-2));
            Add("w+2", L(2));
            Add("w-1w", L(-1) + "|" + w);
            Add("ww+1", w + "|" + L(1));
            Add("w-1w+1", L(-1) + "|" + L(1));
            Add("s-1", S(-1));
            Add("s+1", S(1));
            Add("s-2", S(-2));
            Add("s+2", S(2));
            Add("s-1s", S(-1) + "|" + shortShape[i]);
            Add("ss+1", shortShape[i] + "|" + S(1));
            Add("s-1ss+1", S(-1) + "|" + shortShape[i] + "|" + S(1));
            Add("s-1w", S(-1) + "|" + w);
            Add("ws+1", w + "|" + S(1));
            Add("w-1s", L(-1) + "|" + shortShape[i]);
            Add("sw+1", shortShape[i] + "|" + L(1));
            foreach (int length in ClusterLengths)
            {
                Add("c" + length, C(0, length));
                Add("c-1:" + length, C(-1, length));
                Add("c+1:" + length, C(1, length));
            }

            Add("c-2", C(-2, 2));
            Add("c+2", C(2, 2));
            foreach (string g in lists[i])
            {
                Add("g", g);
                Add("gs", g + "|" + shortShape[i]);
            }

            if (i > 0)
            {
                foreach (string g in lists[i - 1])
                {
                    Add("g-1", g);
                }
            }

            if (i + 1 < n)
            {
                foreach (string g in lists[i + 1])
                {
                    Add("g+1", g);
                }
            }

            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                string lowerElsewhere = doc.Lower.Contains(w) ? "l" : "-";
                string capInside = doc.CapitalInside.GetValueOrDefault(w) - (i > 0 && !headline ? 1 : 0) > 0 ? "c" : "-";
                Add("doc", lowerElsewhere + capInside + first + head);
                Add("docw", lowerElsewhere + capInside + "|" + w);
            }

            result[i] = [.. f];
        }

        return result;
    }

    /// <summary>A sentence of several words whose letters are all capitals, as a headline is written in CoNLL and wire copy.</summary>
    private static bool IsHeadline(IReadOnlyList<string> words)
    {
        int letters = 0;
        foreach (string word in words)
        {
            foreach (char c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }
        }

        return letters > 3;
    }

    private static string Capitalisation(string word)
    {
        bool upper = false, lowerCase = false, digit = false, other = false;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                upper = true;
            }
            else if (char.IsLower(c))
            {
                lowerCase = true;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
            else
            {
                other = true;
            }
        }

        string kind = !upper ? (lowerCase ? "low" : "none") : !lowerCase ? "allcap" : char.IsUpper(word[0]) ? (word.Skip(1).Any(char.IsUpper) ? "mixedinit" : "init") : "mixed";
        return kind + (digit ? "d" : "") + (other ? "p" : "");
    }

    /// <summary>Each letter as X or x, each digit as d, other characters as written, at most 12 characters.</summary>
    private static string Shape(string word)
    {
        var sb = new StringBuilder(Math.Min(word.Length, 12));
        foreach (char c in word.Length > 12 ? word[..12] : word)
        {
            sb.Append(char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c);
        }

        return sb.ToString();
    }

    /// <summary>The shape with repeated characters written once ("Xxxxx" → "Xx", "dd-dd" → "d-d").</summary>
    private static string ShortShape(string shape)
    {
        var sb = new StringBuilder(shape.Length);
        foreach (char c in shape)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>What the whole document says of its words: those written in lower case, and how often each is capitalised inside a sentence.</summary>
    private sealed record DocumentView(HashSet<string> Lower, Dictionary<string, int> CapitalInside)
    {
        public static DocumentView Of(IReadOnlyList<IReadOnlyList<string>> sentences)
        {
            var lower = new HashSet<string>(StringComparer.Ordinal);
            var capital = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (IReadOnlyList<string> words in sentences)
            {
                bool headline = IsHeadline(words);
                for (int i = 0; i < words.Count; i++)
                {
                    string word = words[i];
                    if (word.Length == 0 || !char.IsLetter(word[0]))
                    {
                        continue;
                    }

                    if (char.IsLower(word[0]))
                    {
                        lower.Add(word);
                    }
                    else if (i > 0 && !headline)
                    {
                        string key = word.ToLowerInvariant();
                        capital[key] = capital.GetValueOrDefault(key) + 1;
                    }
                }
            }

            return new DocumentView(lower, capital);
        }
    }
}
