using System.Text.RegularExpressions;

namespace Crosscheck.Lab.Training;

/// <summary>
/// Learns word clusters from unlabeled text for the entity tagger (Resources/Models/word-clusters.tsv): each word
/// seen at least <see cref="MinCount"/> times is described by the words around it (two either side, among the
/// <see cref="ContextWords"/> most frequent, lower-cased), weighted by positive pointwise mutual information; the
/// unit vectors are then
/// split by spherical k-means into <see cref="Branching"/>[0] clusters, each of those into
/// <see cref="Branching"/>[1], and so on. A word's path is its cluster index at each level, one character a level,
/// so that a prefix of the path names a coarser cluster (as Brown clusters' bit paths). Deterministic for a seed.
/// </summary>
public sealed partial class WordClusterer
{
    public const string PathAlphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public int MinCount { get; init; } = 3;

    public int ContextWords { get; init; } = 1000;


    public IReadOnlyList<int> Branching { get; init; } = [16, 16, 8, 4];

    public int Iterations { get; init; } = 12;

    public int Seed { get; init; } = 1996;

    /// <summary>The words of a raw text, split as CoNLL-2003 is (punctuation apart, "'s" and "n't" their own words).</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordPattern().Matches(text).Select(m => m.Value);
    }

    /// <summary>The cluster path of each word, for words in first-seen order.</summary>
    public IReadOnlyList<(string Word, string Path)> Cluster(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        List<IReadOnlyList<string>> all = [.. sentences];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowerCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (IReadOnlyList<string> s in all)
        {
            foreach (string w in s)
            {
                if (!counts.TryGetValue(w, out int c))
                {
                    order.Add(w);
                }

                counts[w] = c + 1;
                string l = w.ToLowerInvariant();
                lowerCounts[l] = lowerCounts.GetValueOrDefault(l) + 1;
            }
        }

        string[] vocabulary = [.. order.Where(w => counts[w] >= MinCount)];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            index[vocabulary[i]] = i;
        }

        var contextIndex = new Dictionary<string, int>(StringComparer.Ordinal) { ["<s>"] = 0, ["</s>"] = 1 };
        foreach (string w in lowerCounts.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(ContextWords).Select(x => x.Key))
        {
            contextIndex[w] = contextIndex.Count;
        }

        // Co-occurrence counts: word × (offset, context word), sparse.
        int[] offsets = [-2, -1, 1, 2];
        int features = offsets.Length * contextIndex.Count;
        var cooc = new Dictionary<int, float>[vocabulary.Length];
        for (int i = 0; i < cooc.Length; i++)
        {
            cooc[i] = [];
        }

        var featureTotals = new double[features];
        double total = 0;
        foreach (IReadOnlyList<string> s in all)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (!index.TryGetValue(s[i], out int w))
                {
                    continue;
                }

                for (int o = 0; o < offsets.Length; o++)
                {
                    int j = i + offsets[o];
                    string context = j < 0 ? "<s>" : j >= s.Count ? "</s>" : s[j].ToLowerInvariant();
                    if (contextIndex.TryGetValue(context, out int c))
                    {
                        int f = (o * contextIndex.Count) + c;
                        cooc[w][f] = cooc[w].GetValueOrDefault(f) + 1;
                        featureTotals[f]++;
                        total++;
                    }
                }
            }
        }

        // PPMI vectors, normalized, kept sparse.
        var vectors = new Sparse[vocabulary.Length];
        for (int w = 0; w < vocabulary.Length; w++)
        {
            double wordTotal = cooc[w].Values.Sum();
            var entries = new List<(int Feature, float Value)>();
            foreach ((int f, float c) in cooc[w].OrderBy(x => x.Key))
            {
                double pmi = Math.Log(c * total / (wordTotal * featureTotals[f]));
                if (pmi > 0)
                {
                    entries.Add((f, (float)pmi));
                }
            }

            double norm = Math.Sqrt(entries.Sum(e => (double)e.Value * e.Value));
            vectors[w] = new Sparse([.. entries.Select(e => e.Feature)], [.. entries.Select(e => norm > 0 ? (float)(e.Value / norm) : 0f)]);
        }

        var random = new Random(Seed);
        var paths = new string[vocabulary.Length];
        Array.Fill(paths, "");
        Split([.. Enumerable.Range(0, vocabulary.Length)], vectors, features, paths, 0, random);
        return [.. vocabulary.Select((w, i) => (w, paths[i]))];
    }

    private void Split(int[] members, Sparse[] vectors, int dims, string[] paths, int level, Random random)
    {
        if (level >= Branching.Count || members.Length == 0)
        {
            return;
        }

        int k = Math.Min(Branching[level], members.Length);
        int[] assignment = KMeans(members, vectors, dims, k, random);
        for (int c = 0; c < k; c++)
        {
            int[] cluster = [.. members.Where((_, i) => assignment[i] == c)];
            foreach (int m in cluster)
            {
                paths[m] += PathAlphabet[c];
            }

            Split(cluster, vectors, dims, paths, level + 1, random);
        }
    }

    /// <summary>Spherical k-means with k-means++ seeding: the cluster of each member.</summary>
    private int[] KMeans(int[] members, Sparse[] vectors, int dims, int k, Random random)
    {
        var centers = new float[k][];
        centers[0] = vectors[members[random.Next(members.Length)]].Dense(dims);
        var distance = new double[members.Length];
        for (int c = 1; c < k; c++)
        {
            double sum = 0;
            for (int i = 0; i < members.Length; i++)
            {
                double best = double.MaxValue;
                for (int e = 0; e < c; e++)
                {
                    best = Math.Min(best, 1 - vectors[members[i]].Dot(centers[e]));
                }

                distance[i] = Math.Max(0, best);
                sum += distance[i];
            }

            double pick = random.NextDouble() * sum;
            int chosen = members.Length - 1;
            for (int i = 0; i < members.Length; i++)
            {
                pick -= distance[i];
                if (pick <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            centers[c] = vectors[members[chosen]].Dense(dims);
        }

        var assignment = new int[members.Length];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int i = 0; i < members.Length; i++)
            {
                float best = float.MinValue;
                for (int c = 0; c < k; c++)
                {
                    float dot = vectors[members[i]].Dot(centers[c]);
                    if (dot > best)
                    {
                        best = dot;
                        assignment[i] = c;
                    }
                }
            }

            for (int c = 0; c < k; c++)
            {
                Array.Clear(centers[c]);
            }

            for (int i = 0; i < members.Length; i++)
            {
                vectors[members[i]].AddTo(centers[assignment[i]]);
            }

            foreach (float[] center in centers)
            {
                Normalize(center);
            }
        }

        return assignment;
    }

    private static void Normalize(float[] v)
    {
        double norm = Math.Sqrt(v.Sum(x => (double)x * x));
        if (norm > 0)
        {
            for (int d = 0; d < v.Length; d++)
            {
                v[d] = (float)(v[d] / norm);
            }
        }
    }

    /// <summary>A unit vector of (feature, value) pairs.</summary>
    private sealed record Sparse(int[] Features, float[] Values)
    {
        public float Dot(float[] dense)
        {
            float sum = 0;
            for (int k = 0; k < Features.Length; k++)
            {
                sum += Values[k] * dense[Features[k]];
            }

            return sum;
        }

        public void AddTo(float[] dense)
        {
            for (int k = 0; k < Features.Length; k++)
            {
                dense[Features[k]] += Values[k];
            }
        }

        public float[] Dense(int length)
        {
            var dense = new float[length];
            AddTo(dense);
            return dense;
        }
    }

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*|'s\b|n't\b|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\p{N}]")]
    private static partial Regex WordPattern();
}
