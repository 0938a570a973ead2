using Crosscheck.Semantics;

namespace Crosscheck.Kinds.Hypotheses.Propositions;

/// <summary>
/// How close two sentences of a set are in meaning: the mean of their TF-IDF cosine (shared rare words: names,
/// figures) and of their sentence-encoder cosine (all-MiniLM-L6-v2: paraphrases, "captured" for "caught"). Sets
/// larger than <see cref="EncoderBudget"/> sentences are compared by TF-IDF alone, so that a day of news is
/// not held up by the encoder (about 15 ms a sentence on one core).
/// </summary>
internal sealed class SentenceSimilarity
{
    /// <summary>The most sentences a set may have for the encoder to be used.</summary>
    internal const int EncoderBudget = 2500;

    private readonly TermSimilarity _terms;
    private readonly Dictionary<PropositionSentence, float[]>? _vectors;

    /// <param name="sentences">The set's sentences.</param>
    /// <param name="useEncoder">False to compare by words alone.</param>
    /// <param name="encode">The encoder (the shared all-MiniLM-L6-v2 when null); tests give one that fails.</param>
    public SentenceSimilarity(IReadOnlyList<PropositionSentence> sentences, bool useEncoder = true, Func<IReadOnlyList<string>, IReadOnlyList<float[]>>? encode = null)
    {
        _terms = new TermSimilarity(sentences);
        if (useEncoder && sentences.Count <= EncoderBudget && sentences.Count > 0)
        {
            encode ??= texts => SentenceEncoder.Shared.Encode(texts);
            try
            {
                _vectors = Encode(sentences, encode);
            }
            catch (Exception e) when (Failure(e) is { } failure)
            {
                // The model could not be read: the claims are still compared, by their words alone, and the run says so.
                Problem = $"the sentence encoder could not be used ({failure.Message}); claims were compared by their words only";
            }
        }
    }

    private static SentenceEncoderException? Failure(Exception e) => e switch
    {
        SentenceEncoderException s => s,
        AggregateException a => a.InnerExceptions.OfType<SentenceEncoderException>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>Why the encoder was not used although it should have been, or null.</summary>
    public string? Problem { get; }

    private static Dictionary<PropositionSentence, float[]> Encode(IReadOnlyList<PropositionSentence> sentences, Func<IReadOnlyList<string>, IReadOnlyList<float[]>> encode)
    {
        var texts = sentences.Select(s => s.Text).ToList();
        var vectors = new float[texts.Count][];
        const int chunk = 64;
        Parallel.For(0, (texts.Count + chunk - 1) / chunk, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var part = texts.Skip(i * chunk).Take(chunk).ToList();
            IReadOnlyList<float[]> encoded = encode(part);
            for (int j = 0; j < encoded.Count; j++)
            {
                vectors[(i * chunk) + j] = encoded[j];
            }
        });
        var result = new Dictionary<PropositionSentence, float[]>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < sentences.Count; i++)
        {
            result[sentences[i]] = vectors[i];
        }

        return result;
    }

    /// <summary>The TF-IDF neighbours of a sentence (see <see cref="TermSimilarity.Neighbors"/>), for sets too large to compare every pair.</summary>
    public Dictionary<PropositionSentence, double> TermNeighbors(PropositionSentence s, double maxShare) => _terms.Neighbors(s, maxShare);

    /// <summary>True when the encoder's vectors take part.</summary>
    public bool Semantic => _vectors is not null;

    /// <summary>How close a text from outside the set (a hypothesis the user wrote) is to a sentence of the set.</summary>
    public double Similarity(IReadOnlyDictionary<string, int> terms, float[]? vector, PropositionSentence b)
    {
        double t = _terms.Similarity(terms, b);
        return vector is null || _vectors is null || !_vectors.TryGetValue(b, out float[]? vb) ? t : (t + Math.Max(0, SentenceEncoder.Cosine(vector, vb))) / 2;
    }

    /// <summary>How many of a text's rarer words a sentence shares: TF-IDF cosine alone, without the encoder's sense of topic.</summary>
    public double WordSimilarity(IReadOnlyDictionary<string, int> terms, PropositionSentence b) => _terms.Similarity(terms, b);

    /// <summary>The encoder's vector of a text from outside the set, or null when the encoder takes no part.</summary>
    public float[]? Vector(string text)
    {
        if (_vectors is null)
        {
            return null;
        }

        try
        {
            return SentenceEncoder.Shared.Encode(text);
        }
        catch (SentenceEncoderException)
        {
            return null;
        }
    }

    public double Similarity(PropositionSentence a, PropositionSentence b)
    {
        double terms = _terms.Similarity(a, b);
        if (_vectors is null || !_vectors.TryGetValue(a, out float[]? va) || !_vectors.TryGetValue(b, out float[]? vb))
        {
            return terms;
        }

        return (terms + Math.Max(0, SentenceEncoder.Cosine(va, vb))) / 2;
    }
}
