namespace Crosscheck.Kinds.Hypotheses.Propositions;

/// <summary>
/// TF-IDF cosine between the sentences of one set (the inverse document frequency counted over the set's
/// sentences, so that the words every sentence of the story shares weigh little and the words that tell two
/// claims apart weigh much).
/// </summary>
internal sealed class TermSimilarity
{
    private readonly Dictionary<string, double> _idf;
    private Dictionary<string, List<(PropositionSentence Sentence, double Weight)>>? _postings;
    private readonly Dictionary<PropositionSentence, (Dictionary<string, double> Weights, double Norm)> _vectors = new(ReferenceEqualityComparer.Instance);

    public TermSimilarity(IReadOnlyList<PropositionSentence> sentences)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (PropositionSentence s in sentences)
        {
            foreach (string t in s.Terms.Keys)
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }
        }

        int n = sentences.Count;
        _idf = df.ToDictionary(p => p.Key, p => Math.Log((n + 1.0) / (p.Value + 1.0)) + 1.0, StringComparer.Ordinal);
        foreach (PropositionSentence s in sentences)
        {
            var w = s.Terms.ToDictionary(p => p.Key, p => (1 + Math.Log(p.Value)) * _idf[p.Key], StringComparer.Ordinal);
            _vectors[s] = (w, Math.Sqrt(w.Values.Sum(x => x * x)));
        }
    }

    /// <summary>The TF-IDF cosine of a text outside the set (its content terms) with a sentence of the set.</summary>
    public double Similarity(IReadOnlyDictionary<string, int> terms, PropositionSentence b)
    {
        var wa = terms.ToDictionary(p => p.Key, p => (1 + Math.Log(p.Value)) * Idf(p.Key), StringComparer.Ordinal);
        double na = Math.Sqrt(wa.Values.Sum(x => x * x));
        var (wb, nb) = _vectors[b];
        if (na == 0 || nb == 0)
        {
            return 0;
        }

        double dot = wa.Sum(p => wb.TryGetValue(p.Key, out double y) ? p.Value * y : 0);
        return dot / (na * nb);
    }

    /// <summary>The cosine of the two sentences' TF-IDF vectors, 0–1.</summary>
    public double Similarity(PropositionSentence a, PropositionSentence b)
    {
        var (wa, na) = _vectors[a];
        var (wb, nb) = _vectors[b];
        if (na == 0 || nb == 0)
        {
            return 0;
        }

        if (wa.Count > wb.Count)
        {
            (wa, wb) = (wb, wa);
        }

        double dot = 0;
        foreach (var (t, x) in wa)
        {
            if (wb.TryGetValue(t, out double y))
            {
                dot += x * y;
            }
        }

        return dot / (na * nb);
    }

    /// <summary>
    /// A term in more sentences than this joins too many to tell which state the same thing (its weight is low anyway): it
    /// is left out of the postings however large the set, so that a sentence's neighbours stay bounded and the cost linear.
    /// </summary>
    internal const int MaxPostings = 200;

    /// <summary>
    /// The TF-IDF cosine of <paramref name="s"/> with every sentence that shares one of its terms, the terms found in
    /// more than <paramref name="maxShare"/> of the sentences (or than <see cref="MaxPostings"/>) left out (they add little
    /// to a cosine and much to the work on a large set).
    /// </summary>
    public Dictionary<PropositionSentence, double> Neighbors(PropositionSentence s, double maxShare)
    {
        _postings ??= BuildPostings();
        var (ws, ns) = _vectors[s];
        var acc = new Dictionary<PropositionSentence, double>(ReferenceEqualityComparer.Instance);
        if (ns == 0)
        {
            return acc;
        }

        int cap = (int)Math.Clamp(maxShare * _vectors.Count, 1, MaxPostings);
        foreach (var (t, x) in ws)
        {
            if (!_postings.TryGetValue(t, out var list) || list.Count > cap)
            {
                continue;
            }

            foreach (var (o, y) in list)
            {
                acc[o] = acc.GetValueOrDefault(o) + (x * y);
            }
        }

        foreach (PropositionSentence o in acc.Keys.ToList())
        {
            double no = _vectors[o].Norm;
            acc[o] = no == 0 ? 0 : acc[o] / (ns * no);
        }

        return acc;
    }

    private Dictionary<string, List<(PropositionSentence Sentence, double Weight)>> BuildPostings()
    {
        var postings = new Dictionary<string, List<(PropositionSentence, double)>>(StringComparer.Ordinal);
        foreach (var (sentence, (weights, _)) in _vectors)
        {
            foreach (var (t, w) in weights)
            {
                if (!postings.TryGetValue(t, out var list))
                {
                    postings[t] = list = [];
                }

                list.Add((sentence, w));
            }
        }

        return postings;
    }

    /// <summary>The inverse document frequency of a term (the highest for a term the set does not have).</summary>
    public double Idf(string term) => _idf.TryGetValue(term, out double v) ? v : _idf.Values.DefaultIfEmpty(1).Max();
}
