namespace Crosscheck.Semantics;

/// <summary>
/// Maps a sentence to a 384-dimensional unit vector whose cosine with another sentence's vector measures how
/// close they are in meaning (all-MiniLM-L6-v2 from sentence-transformers, Apache-2.0, run with ONNX Runtime):
/// for grouping claims, quotes or sentences that say the same thing in other words.
/// <para>
/// <see cref="Shared"/> is the one instance a process needs. The model (90 MB) is read and its ONNX session built
/// by the first call that needs it, which takes about a second (<see cref="EnsureLoaded"/> does it up front); a
/// model that cannot be found or loaded throws <see cref="SentenceEncoderException"/> naming the reason, on every
/// call. Thread-safe: one ONNX session with one intra-op thread, so callers parallelise over documents. Texts are
/// cut to <see cref="MaxTokens"/> word pieces; the last 4,096 distinct texts are cached.
/// </para>
/// </summary>
public sealed class SentenceEncoder
{
    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>The most word pieces the model reads of one text, [CLS] and [SEP] included; the rest is ignored.</summary>
    public const int MaxTokens = 128;

    /// <summary>How many texts one run of the model takes at most in <see cref="Encode(IReadOnlyList{string})"/>.</summary>
    public const int BatchSize = 32;

    private const int CacheCapacity = 4096;
    private static readonly Lazy<SentenceEncoder> SharedEncoder = new(() => new SentenceEncoder(MiniLmModelFile.Candidates()));

    private readonly Lazy<MiniLmModel> _model;
    private readonly EmbeddingCache _cache;

    internal SentenceEncoder(IReadOnlyList<string> modelCandidates, int cacheCapacity = CacheCapacity)
    {
        _model = new Lazy<MiniLmModel>(() => MiniLmModel.Load(MiniLmModelFile.Locate(modelCandidates)), LazyThreadSafetyMode.ExecutionAndPublication);
        _cache = new EmbeddingCache(cacheCapacity);
    }

    /// <summary>The process-wide encoder (its model is loaded by the first call that needs it).</summary>
    public static SentenceEncoder Shared => SharedEncoder.Value;

    /// <summary>True once <see cref="Shared"/> has been asked for (reading the time it spent does not load the model).</summary>
    public static bool IsCreated => SharedEncoder.IsValueCreated;

    /// <summary>The model's name.</summary>
    public static string ModelName => "all-MiniLM-L6-v2";

    /// <summary>Whether the model is loaded already (the next call will not pay the loading cost).</summary>
    public bool IsLoaded => _model.IsValueCreated;

    private MiniLmModel Model => _model.Value;

    /// <summary>Loads the model now rather than on the first <c>Encode</c>; throws <see cref="SentenceEncoderException"/> if it cannot.</summary>
    public void EnsureLoaded() => _ = Model;

    /// <summary>The unit vector of one text (an empty text has one too: the model reads [CLS] [SEP]).</summary>
    public float[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encode([text])[0];
    }

    /// <summary>
    /// The unit vectors of many texts, in their order. Texts are run in batches of up to <see cref="BatchSize"/>
    /// of similar length, each padded to its longest; the result equals encoding each text alone (to float rounding).
    /// </summary>
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return EncodeTexts(texts);
        }
        finally
        {
            Interlocked.Add(ref _ticks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
        }
    }

    /// <summary>The time spent in <see cref="Encode(IReadOnlyList{string})"/> so far, summed over the threads that called it (for timing reports).</summary>
    public TimeSpan TimeSpent => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    private long _ticks;

    private IReadOnlyList<float[]> EncodeTexts(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        var pending = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < texts.Count; i++)
        {
            string text = texts[i] ?? throw new ArgumentException($"text {i} is null", nameof(texts));
            if (pending.TryGetValue(text, out List<int>? positions))
            {
                positions.Add(i);
            }
            else if (_cache.TryGet(text, out float[] cached))
            {
                result[i] = cached;
            }
            else
            {
                pending[text] = [i];
            }
        }

        if (pending.Count == 0)
        {
            return result;
        }

        MiniLmModel model = Model;
        var tokenized = pending.Keys.Select(t => (Text: t, Ids: model.Tokenize(t))).OrderBy(x => x.Ids.Length).ToList();
        foreach ((string Text, int[] Ids)[] batch in tokenized.Chunk(BatchSize))
        {
            float[][] vectors = model.Embed([.. batch.Select(x => x.Ids)]);
            for (int b = 0; b < batch.Length; b++)
            {
                _cache.Add(batch[b].Text, vectors[b]);
                List<int> positions = pending[batch[b].Text];
                result[positions[0]] = vectors[b];
                for (int p = 1; p < positions.Count; p++)
                {
                    result[positions[p]] = (float[])vectors[b].Clone();
                }
            }
        }

        return result;
    }

    /// <summary>The cosine of two vectors of the same length (0 when either is all zeros). For this encoder's unit vectors it is their dot product.</summary>
    public static float Cosine(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"vectors of different lengths ({a.Length} and {b.Length})", nameof(b));
        }

        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : (float)(dot / Math.Sqrt(na * nb));
    }

    /// <summary>The input names the model is run with (for tests and diagnostics).</summary>
    internal IReadOnlyList<string> InputNames => Model.InputNames;

    /// <summary>The token ids of a text as the model reads them (for tests and diagnostics).</summary>
    internal int[] Tokenize(string text) => Model.Tokenize(text);
}
