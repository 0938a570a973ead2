namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>
/// Turns a (claim, body) pair into the stance model's input: the term-frequency vector of the claim
/// and of the body over a vocabulary of the most frequent training words (each L2-normalized, as the
/// UCL FNC-1 system did), followed by <see cref="HandFeatureCount"/> hand features (TF-IDF cosines of
/// the whole body, its lead and its closest sentence; word and n-gram overlap; refuting, hedging,
/// supporting and negation cues in the claim, the body and the sentences closest to the claim).
/// With <see cref="UsesEncoder"/>, <see cref="EncoderFeatureCount"/> more from sentence vectors
/// (<see cref="EncoderFeatures"/>). Vocabulary and IDF come from training data only.
/// </summary>
public sealed class StanceFeaturizer
{
    /// <summary>The hand features every model has (word overlap, TF-IDF cosines, cues).</summary>
    public const int BaseFeatureCount = 26;

    /// <summary>The hand features from sentence vectors, when <see cref="UsesEncoder"/> (before any projection).</summary>
    public const int EncoderFeatureCount = EncoderFeatures.Count;

    private const int LeadSentences = 3;
    private const int TopSentences = 3;

    private readonly Dictionary<string, int> index;
    private readonly float unknownIdf;

    /// <param name="encoder">Whether the encoder features are computed.</param>
    /// <param name="projection">Dimensions of the fixed projection of claim vector ⊙ best sentence vector (0: none).</param>
    /// <param name="vectors">Where sentence vectors come from (default: the shared encoder).</param>
    public StanceFeaturizer(IReadOnlyList<string> vocabulary, IReadOnlyDictionary<string, float> idf, bool encoder = false, int projection = 0, ISentenceVectorSource? vectors = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(projection);
        Vocabulary = vocabulary;
        Idf = idf;
        UsesEncoder = encoder;
        Projection = encoder ? projection : 0;
        Vectors = vectors ?? EncoderVectorSource.Instance;
        index = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Count; i++)
        {
            index[vocabulary[i]] = i;
        }

        unknownIdf = idf.Count > 0 ? idf.Values.Max() : 1f;
    }

    /// <summary>The words of the term-frequency vectors, most frequent first.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>Inverse document frequency of every word seen in at least two training texts.</summary>
    public IReadOnlyDictionary<string, float> Idf { get; }

    /// <summary>Whether the row ends with the encoder features (sentence vectors of the claim and the body's sentences).</summary>
    public bool UsesEncoder { get; }

    /// <summary>Dimensions of the projected claim ⊙ best-sentence product among the encoder features.</summary>
    public int Projection { get; }

    /// <summary>The source of sentence vectors when <see cref="UsesEncoder"/>.</summary>
    public ISentenceVectorSource Vectors { get; }

    /// <summary>The number of hand features at the end of each row.</summary>
    public int HandFeatureCount => BaseFeatureCount + (UsesEncoder ? EncoderFeatureCount + Projection : 0);

    public int Dimension => (2 * Vocabulary.Count) + HandFeatureCount;

    /// <summary>The same featurizer with sentence vectors from <paramref name="vectors"/> (a store on disk while training).</summary>
    public StanceFeaturizer WithVectors(ISentenceVectorSource vectors) => new(Vocabulary, Idf, UsesEncoder, Projection, vectors);

    /// <summary>The sentences of a body as the featurizer splits them (<see cref="StanceText.Sentences"/>).</summary>
    public static IEnumerable<string> SentenceTexts(string body) => StanceText.Sentences(body).Select(s => body[s.Start..s.End]);

    /// <summary>
    /// Builds the vocabulary (the <paramref name="size"/> most frequent content words of the texts) and
    /// the IDF (ln((1 + N) / (1 + df)) + 1 over the distinct texts, for words in two texts or more).
    /// Ties are broken by ordinal word order so the result is deterministic.
    /// </summary>
    public static StanceFeaturizer Build(IEnumerable<string> texts, int size, bool encoder = false, int projection = 0, ISentenceVectorSource? vectors = null)
    {
        StanceCues cues = StanceCues.Instance;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0;
        foreach (string text in texts.Distinct(StringComparer.Ordinal))
        {
            n++;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string w in StanceText.Words(text))
            {
                if (!cues.IsContent(w))
                {
                    continue;
                }

                frequency[w] = frequency.GetValueOrDefault(w) + 1;
                if (seen.Add(w))
                {
                    documentFrequency[w] = documentFrequency.GetValueOrDefault(w) + 1;
                }
            }
        }

        string[] vocabulary = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(size).Select(p => p.Key).ToArray();
        var idf = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach ((string w, int df) in documentFrequency.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (df >= 2)
            {
                idf[w] = (float)(Math.Log((1.0 + n) / (1.0 + df)) + 1.0);
            }
        }

        return new StanceFeaturizer(vocabulary, idf, encoder, projection, vectors);
    }

    /// <summary>The input row of one pair.</summary>
    public SparseRow Features(string claim, string body) => Features(Profile(claim, false), Profile(body, true));

    /// <param name="vectors">Sentence vectors to use instead of <see cref="Vectors"/> (texts encoded in bulk beforehand).</param>
    internal TextProfile Profile(string text, bool withSentences, ISentenceVectorSource? vectors = null)
    {
        StanceCues cues = StanceCues.Instance;
        List<string> words = StanceText.Words(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string w in words)
        {
            if (cues.IsContent(w))
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        var ngrams = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < words.Count; i++)
        {
            ngrams.Add(words[i] + " " + words[i + 1]);
            if (i + 2 < words.Count)
            {
                ngrams.Add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
            }
        }

        var sentences = new List<SentenceProfile>();
        float[]? vector = null;
        if (withSentences)
        {
            List<(int Start, int End)> spans = StanceText.Sentences(text);
            IReadOnlyList<float[]>? encoded = UsesEncoder && spans.Count > 0 ? (vectors ?? Vectors).Encode([.. spans.Select(s => text[s.Start..s.End])]) : null;
            for (int i = 0; i < spans.Count; i++)
            {
                sentences.Add(SentenceOf(StanceText.Words(text, spans[i].Start, spans[i].End)) with { Vector = encoded?[i] });
            }
        }
        else if (UsesEncoder)
        {
            vector = (vectors ?? Vectors).Encode([text])[0];
        }

        return new TextProfile { Words = words, Counts = counts, TfIdf = TfIdf(counts), NGrams = ngrams, Sentences = sentences, Vector = vector };
    }

    internal SentenceProfile SentenceOf(List<string> words)
    {
        StanceCues cues = StanceCues.Instance;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int refuting = 0, hedging = 0, supporting = 0, negation = 0;
        foreach (string w in words)
        {
            if (cues.IsContent(w))
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }

            refuting += cues.Refuting.Contains(w) ? 1 : 0;
            hedging += cues.Hedging.Contains(w) ? 1 : 0;
            supporting += cues.Supporting.Contains(w) ? 1 : 0;
            negation += cues.IsNegation(w) ? 1 : 0;
        }

        return new SentenceProfile(TfIdf(counts), refuting, hedging, supporting, negation);
    }

    internal SparseRow Features(TextProfile claim, TextProfile body)
    {
        var idx = new List<int>(claim.Counts.Count + body.Counts.Count + HandFeatureCount);
        var val = new List<float>(idx.Capacity);
        int v = Vocabulary.Count;
        AddTf(claim.Counts, 0, idx, val);
        AddTf(body.Counts, v, idx, val);
        float[] hand = HandFeatures(claim, body);
        for (int i = 0; i < hand.Length; i++)
        {
            idx.Add((2 * v) + i);
            val.Add(hand[i]);
        }

        return new SparseRow([.. idx], [.. val]);
    }

    /// <summary>The indices of <paramref name="body"/>'s sentences closest to the claim (TF-IDF cosine), best first.</summary>
    internal static int[] Closest(TextProfile claim, IReadOnlyList<SentenceProfile> sentences, int count) =>
        Enumerable.Range(0, sentences.Count).OrderByDescending(i => Cosine(claim.TfIdf, sentences[i].TfIdf)).ThenBy(i => i).Take(count).ToArray();

    internal static float Cosine(Dictionary<string, float> a, Dictionary<string, float> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        float sum = 0;
        foreach ((string w, float x) in a)
        {
            if (b.TryGetValue(w, out float y))
            {
                sum += x * y;
            }
        }

        return sum;
    }

    private float[] HandFeatures(TextProfile claim, TextProfile body)
    {
        StanceCues cues = StanceCues.Instance;
        var f = new float[HandFeatureCount];
        List<SentenceProfile> sentences = body.Sentences;
        f[0] = Cosine(claim.TfIdf, body.TfIdf);
        f[1] = Cosine(claim.TfIdf, Merge(sentences.Take(LeadSentences)));
        float[] sentenceCos = sentences.Select(s => Cosine(claim.TfIdf, s.TfIdf)).ToArray();
        f[2] = sentenceCos.Length > 0 ? sentenceCos.Max() : 0;
        int content = claim.Counts.Count;
        if (content > 0)
        {
            f[3] = claim.Counts.Keys.Count(body.Counts.ContainsKey) / (float)content;
            HashSet<string> lead = [.. sentences.Take(LeadSentences).SelectMany(s => s.TfIdf.Keys)];
            f[4] = claim.Counts.Keys.Count(lead.Contains) / (float)content;
            float total = claim.Counts.Keys.Sum(IdfOf);
            f[5] = claim.Counts.Keys.Where(body.Counts.ContainsKey).Sum(IdfOf) / total;
        }

        int bigrams = 0, bigramHits = 0, trigrams = 0, trigramHits = 0;
        foreach (string g in claim.NGrams)
        {
            bool tri = g.Count(c => c == ' ') == 2;
            bool hit = body.NGrams.Contains(g);
            if (tri)
            {
                trigrams++;
                trigramHits += hit ? 1 : 0;
            }
            else
            {
                bigrams++;
                bigramHits += hit ? 1 : 0;
            }
        }

        f[6] = bigrams > 0 ? bigramHits / (float)bigrams : 0;
        f[7] = trigrams > 0 ? trigramHits / (float)trigrams : 0;
        SentenceProfile head = SentenceOf(claim.Words);
        f[8] = head.Refuting;
        f[9] = head.Hedging;
        f[10] = head.Negation;
        f[11] = head.Supporting;
        SentenceProfile all = SentenceOf(body.Words);
        f[12] = Log(all.Refuting);
        f[13] = Log(all.Hedging);
        f[14] = Log(all.Supporting);
        f[15] = Log(all.Negation);
        int[] top = Closest(claim, sentences, TopSentences);
        f[16] = top.Sum(i => sentences[i].Refuting);
        f[17] = top.Sum(i => sentences[i].Hedging);
        f[18] = top.Sum(i => sentences[i].Supporting);
        f[19] = top.Sum(i => sentences[i].Negation);
        f[20] = sentences.Take(LeadSentences).Sum(s => s.Refuting);
        f[21] = sentences.Take(LeadSentences).Sum(s => s.Hedging);
        f[22] = (head.Negation % 2) != (top.Length > 0 ? sentences[top[0]].Negation % 2 : 0) ? 1 : 0;
        f[23] = Log(body.Words.Count);
        f[24] = Log(content);
        f[25] = sentenceCos.Count(c => c > 0.2f) / (float)Math.Max(1, sentenceCos.Length);
        if (UsesEncoder)
        {
            EncoderFeatures.Fill(f.AsSpan(BaseFeatureCount), claim, head, sentences, Projection);
        }

        return f;
    }

    private static float Log(int count) => MathF.Log(1 + count);

    private float IdfOf(string w) => Idf.TryGetValue(w, out float x) ? x : unknownIdf;

    private Dictionary<string, float> TfIdf(Dictionary<string, int> counts)
    {
        var vector = new Dictionary<string, float>(counts.Count, StringComparer.Ordinal);
        double norm = 0;
        foreach ((string w, int c) in counts)
        {
            float x = c * IdfOf(w);
            vector[w] = x;
            norm += x * x;
        }

        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            foreach (string w in counts.Keys)
            {
                vector[w] *= inv;
            }
        }

        return vector;
    }

    private static Dictionary<string, float> Merge(IEnumerable<SentenceProfile> sentences)
    {
        var merged = new Dictionary<string, float>(StringComparer.Ordinal);
        double norm = 0;
        foreach (SentenceProfile s in sentences)
        {
            foreach ((string w, float x) in s.TfIdf)
            {
                merged[w] = merged.GetValueOrDefault(w) + x;
            }
        }

        foreach (float x in merged.Values)
        {
            norm += x * x;
        }

        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            foreach (string w in merged.Keys.ToArray())
            {
                merged[w] *= inv;
            }
        }

        return merged;
    }

    private void AddTf(Dictionary<string, int> counts, int offset, List<int> idx, List<float> val)
    {
        var pairs = new List<(int Index, float Count)>();
        double norm = 0;
        foreach ((string w, int c) in counts)
        {
            if (index.TryGetValue(w, out int i))
            {
                pairs.Add((i, c));
                norm += (double)c * c;
            }
        }

        pairs.Sort((a, b) => a.Index.CompareTo(b.Index));
        float inv = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        foreach ((int i, float c) in pairs)
        {
            idx.Add(offset + i);
            val.Add(c * inv);
        }
    }
}
