using Crosscheck.Model;

namespace Crosscheck.Hypotheses.Propositions;

/// <summary>
/// Finds the claims a set of articles is about and the denials they meet, whatever the story: the central claim
/// is the lead-paragraph assertion closest to what every other article says (<see cref="SentenceSimilarity"/>: TF-IDF and
/// the sentence encoder); the sentences
/// of the set that state it are its members; the sentences that deny, debunk or doubt it (denial cues near it,
/// or a negated restatement) become the competing hypothesis "it is false", when at least two articles carry them.
/// Questions, conditionals and sentences about other matters never found a hypothesis.
/// </summary>
internal sealed class PropositionFinder
{
    /// <summary>A lead sentence must be this close, on average over the other articles, to found the central claim.</summary>
    internal const double MinCentrality = 0.12;

    /// <summary>A sentence this close to a claim's representative states it.</summary>
    internal const double MemberSimilarity = 0.3;

    /// <summary>A denial this close to some statement of a claim bears on it.</summary>
    internal const double RelatedSimilarity = 0.2;

    /// <summary>A negated sentence this close to a claim restates it to deny it ("he did not make $72 million").</summary>
    internal const double NegatedRestatement = 0.4;

    /// <summary>No article counts for more than this toward a sentence's centrality: a copy of the same wire text is not agreement.</summary>
    internal const double CopyCap = 0.5;

    /// <summary>A news lead states what the article is about (the inverted pyramid): its first sentence and title weigh more.</summary>
    internal const double LeadBonus = 0.25;

    /// <summary>Two articles that share this share of their sentences word for word are copies of one text.</summary>
    internal const double CopyShare = 0.5;

    /// <summary>At most this many central claims (each with its denial).</summary>
    internal const int MaxClaims = 2;

    /// <summary>A further central claim must score at least this share of the first.</summary>
    internal const double SecondClaimShare = 0.8;

    /// <summary>Two claims whose representatives are this close are one claim.</summary>
    internal const double DistinctClaims = 0.25;

    private const int LeadSentences = 4;
    private const int MinTerms = 5;
    private const int MaxWords = 60;

    private readonly IReadOnlyList<PropositionSentence> _sentences;
    private readonly SentenceSimilarity _similarity;

    public PropositionFinder(IReadOnlyList<PropositionSentence> sentences, bool useEncoder = true)
    {
        _sentences = sentences;
        _similarity = new SentenceSimilarity(sentences, useEncoder);
    }

    public IReadOnlyList<PropositionSentence> Sentences => _sentences;

    public double Similarity(PropositionSentence a, PropositionSentence b) => _similarity.Similarity(a, b);

    /// <summary>The claim clusters of the set, ids from <paramref name="firstId"/> on ("h{n}").</summary>
    public IReadOnlyList<PropositionCluster> Find(int firstId)
    {
        var docs = _sentences.GroupBy(s => s.DocId).ToList();
        if (docs.Count < 2)
        {
            return [];
        }

        var candidates = _sentences.Where(IsClaimCandidate).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var groups = CopyGroups(docs);
        var scored = candidates.Select(s => (Sentence: s, Score: Centrality(s, docs, groups))).Where(x => x.Score >= MinCentrality)
            .Select(x => (x.Sentence, Score: x.Score * (x.Sentence.IsTitle || x.Sentence.BodyIndex == 0 ? 1 + LeadBonus : 1)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Sentence.BodyIndex).ThenBy(x => x.Sentence.DocId, StringComparer.Ordinal).ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var result = new List<PropositionCluster>();
        int next = firstId;
        var claims = new List<PropositionCluster>();
        foreach (var (rep, score) in scored)
        {
            if (claims.Count == MaxClaims || score < SecondClaimShare * scored[0].Score)
            {
                break;
            }

            if (claims.Any(c => Similarity(c.Representative, rep) >= DistinctClaims || c.Members.Any(m => ReferenceEquals(m, rep))))
            {
                continue;
            }

            claims.Add(new PropositionCluster(Id(next++), rep, MembersOf(rep), null));
        }

        // Each denial bears on the claim it is closest to.
        var denialsOf = claims.ToDictionary(c => c.Id, c => DenialsOf(c).ToList(), StringComparer.Ordinal);
        foreach (PropositionSentence d in denialsOf.Values.SelectMany(x => x).Distinct(ReferenceEqualityComparer.Instance).Cast<PropositionSentence>().ToList())
        {
            var holders = claims.Where(c => denialsOf[c.Id].Contains(d)).ToList();
            PropositionCluster nearest = holders.OrderByDescending(c => c.Members.Max(m => Similarity(d, m))).First();
            foreach (PropositionCluster c in holders.Where(c => c != nearest))
            {
                denialsOf[c.Id].Remove(d);
            }
        }

        foreach (PropositionCluster claim in claims)
        {
            result.Add(claim);
            var denials = denialsOf[claim.Id];
            if (denials.Select(d => d.DocId).Distinct().Count() >= 2)
            {
                PropositionSentence denialRep = denials.OrderByDescending(d => d.Denial > 0 ? d.Denial : 1)
                    .ThenByDescending(d => denials.Where(o => o.DocId != d.DocId).Sum(o => Similarity(d, o)))
                    .ThenBy(d => d.BodyIndex).First();
                result.Add(new PropositionCluster(Id(next++), denialRep, denials, claim.Id));
            }
        }

        return result;
    }

    /// <summary>The sentences of the set that state the claim whose representative is <paramref name="rep"/>.</summary>
    public IReadOnlyList<PropositionSentence> MembersOf(PropositionSentence rep) =>
        [.. _sentences.Where(s => s.Denial == 0 && !s.Question && !(s.Negated && Similarity(s, rep) >= NegatedRestatement)
            && (ReferenceEquals(s, rep) || Similarity(s, rep) >= MemberSimilarity))];

    /// <summary>The sentences that deny or doubt the claim: a denial cue close to a statement of it, or a negated restatement.</summary>
    public IReadOnlyList<PropositionSentence> DenialsOf(PropositionCluster claim)
    {
        var members = new HashSet<PropositionSentence>(claim.Members, ReferenceEqualityComparer.Instance);
        var result = new List<PropositionSentence>();
        foreach (PropositionSentence s in _sentences)
        {
            if (members.Contains(s))
            {
                continue;
            }

            bool negatedRestatement = s.Negated && Similarity(s, claim.Representative) >= NegatedRestatement;
            if ((s.Denial > 0 && claim.Members.Any(m => Similarity(s, m) >= RelatedSimilarity)) || negatedRestatement)
            {
                result.Add(s);
            }
        }

        return result;
    }

    private static string Id(int n) => "h" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsClaimCandidate(PropositionSentence s)
    {
        int words = s.Sentence.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
        return (s.IsTitle || (s.BodyIndex >= 0 && s.BodyIndex < LeadSentences))
            && s.Denial == 0 && !s.Question && !s.Negated && s.Terms.Count >= MinTerms && words <= MaxWords;
    }

    /// <summary>
    /// How close the sentence is to what the other articles say: the mean over them of its best match (capped),
    /// copies of its own article left out.
    /// </summary>
    private double Centrality(PropositionSentence s, List<IGrouping<string, PropositionSentence>> docs, Dictionary<string, int> groups)
    {
        double sum = 0;
        int n = 0;
        foreach (IGrouping<string, PropositionSentence> d in docs)
        {
            if (groups[d.Key] != groups[s.DocId])
            {
                sum += Math.Min(CopyCap, d.Max(o => Similarity(s, o)));
                n++;
            }
        }

        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Each article's copy group: articles that share at least <see cref="CopyShare"/> of their sentences word for word are one text.</summary>
    private static Dictionary<string, int> CopyGroups(List<IGrouping<string, PropositionSentence>> docs)
    {
        var texts = docs.Select(d => new HashSet<string>(d.Select(s => s.Text.Trim()), StringComparer.Ordinal)).ToList();
        var group = Enumerable.Range(0, docs.Count).ToArray();
        for (int i = 0; i < docs.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                int shared = texts[i].Count(texts[j].Contains);
                if (shared >= CopyShare * Math.Min(texts[i].Count, texts[j].Count) && shared > 0)
                {
                    group[i] = group[j];
                    break;
                }
            }
        }

        return docs.Select((d, i) => (d.Key, group[i])).ToDictionary(x => x.Key, x => x.Item2, StringComparer.Ordinal);
    }
}
