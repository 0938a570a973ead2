using Crosscheck.Semantics;

namespace Crosscheck.Hypotheses.Propositions;

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

    public SentenceSimilarity(IReadOnlyList<PropositionSentence> sentences, bool useEncoder = true)
    {
        _terms = new TermSimilarity(sentences);
        if (useEncoder && sentences.Count <= EncoderBudget && sentences.Count > 0)
        {
            var texts = sentences.Select(s => s.Text).ToList();
            var vectors = new float[texts.Count][];
            const int chunk = 64;
            Parallel.For(0, (texts.Count + chunk - 1) / chunk, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var part = texts.Skip(i * chunk).Take(chunk).ToList();
                IReadOnlyList<float[]> encoded = SentenceEncoder.Shared.Encode(part);
                for (int j = 0; j < encoded.Count; j++)
                {
                    vectors[(i * chunk) + j] = encoded[j];
                }
            });
            _vectors = new Dictionary<PropositionSentence, float[]>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < sentences.Count; i++)
            {
                _vectors[sentences[i]] = vectors[i];
            }
        }
    }

    /// <summary>The TF-IDF neighbours of a sentence (see <see cref="TermSimilarity.Neighbors"/>), for sets too large to compare every pair.</summary>
    public Dictionary<PropositionSentence, double> TermNeighbors(PropositionSentence s, double maxShare) => _terms.Neighbors(s, maxShare);

    /// <summary>True when the encoder's vectors take part.</summary>
    public bool Semantic => _vectors is not null;

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
