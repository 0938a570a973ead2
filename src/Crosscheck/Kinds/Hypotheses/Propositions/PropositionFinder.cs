using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Propositions;

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
    internal const int MaxClaims = 4;

    /// <summary>A further central claim must be at least this central, as a share of the first.</summary>
    internal const double FurtherClaimShare = 0.45;

    /// <summary>A further claim's centrality less its closeness to the claims taken must be at least this (it says something else).</summary>
    internal const double MinMarginal = 0.08;

    /// <summary>A denial with fewer content terms than this speaks of what the sentence before it says.</summary>
    internal const int ShortDenialTerms = 5;

    /// <summary>A denial this many sentences after a statement of a claim, in the same article, bears on it.</summary>
    internal const int DenialReach = 2;

    /// <summary>Above this many sentences a set is compared through term postings, not pair by pair.</summary>
    internal const int LargeSet = 5000;

    /// <summary>On a large set, terms in more than this share of the sentences are left out of the postings.</summary>
    internal const double CommonTermShare = 0.01;

    private const int LeadSentences = 4;
    private const int MinTerms = 5;
    private const int MaxWords = 60;

    private readonly IReadOnlyList<PropositionSentence> _sentences;
    private readonly SentenceSimilarity _similarity;
    private readonly Dictionary<PropositionSentence, int> _index;

    /// <summary>How many articles each copy group holds (the groups are the same on every call, made from the same sentences).</summary>
    private Dictionary<int, int>? _groupSizes;

    public PropositionFinder(IReadOnlyList<PropositionSentence> sentences, bool useEncoder = true)
    {
        _sentences = sentences;
        _similarity = new SentenceSimilarity(sentences, useEncoder);
        _index = new Dictionary<PropositionSentence, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < sentences.Count; i++)
        {
            _index[sentences[i]] = i;
        }
    }

    /// <summary>Why the sentence encoder was not used although it should have been, or null.</summary>
    public string? Problem => _similarity.Problem;

    public double Similarity(PropositionSentence a, PropositionSentence b) => _similarity.Similarity(a, b);

    /// <summary>
    /// The claim a text from outside the set (a hypothesis the user wrote) stands for: the sentence of the set closest
    /// to it that states something (no denial, question or negation), when it is at least as close as a member is to
    /// its claim; else null. Its members and denials are then found as for a found claim.
    /// </summary>
    public PropositionCluster? ClaimFor(string id, string text, bool denying = false, string? opposes = null)
    {
        var lex = PropositionLexicon.Instance;
        var tokens = Annotation.Tokenizer.Tokenize(text, new TextSpan(0, text.Length)).Where(t => t.Kind is TokenKind.Word or TokenKind.Number);
        var terms = PropositionReader.TermsOf(tokens, lex);
        float[]? vector = _similarity.Vector(text);
        if (denying)
        {
            // A hypothesis that is itself a denial ("the video was staged") is stated by the set's denials close to it.
            var close = _sentences.Where(s => (s.Denial > 0 || s.OwnContrary) && !s.Question && _similarity.Similarity(terms, vector, s) >= RelatedSimilarity).ToList();
            return close.Count == 0 ? null : new PropositionCluster(id, close.OrderByDescending(s => _similarity.Similarity(terms, vector, s)).First(), close, opposes);
        }

        var best = _sentences.Where(s => s.Denial == 0 && !s.Question && !s.Negated)
            .Select(s => (Sentence: s, Sim: _similarity.Similarity(terms, vector, s)))
            .OrderByDescending(x => x.Sim).ThenBy(x => x.Sentence.BodyIndex).FirstOrDefault();
        return best.Sentence is null || best.Sim < MemberSimilarity ? null : new PropositionCluster(id, best.Sentence, MembersOf(best.Sentence), null);
    }

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

        // The central claims, by maximal marginal relevance: each next one the most central sentence once its
        // closeness to the claims already taken is subtracted (Carbonell and Goldstein 1998).
        var chosen = new List<PropositionSentence>();
        while (chosen.Count < MaxClaims)
        {
            // A sentence that contradicts a claim taken (a contrary predicate) is that claim's denial, not a claim of its own.
            var best = scored.Where(x => !chosen.Any(c => ReferenceEquals(c, x.Sentence) || x.Sentence.Contradicts(c) || c.Contradicts(x.Sentence))
                    && x.Score >= FurtherClaimShare * scored[0].Score)
                .Select(x => (x.Sentence, Mmr: x.Score - chosen.Select(c => Similarity(c, x.Sentence)).DefaultIfEmpty(0).Max()))
                .Where(x => chosen.Count == 0 || x.Mmr >= MinMarginal)
                .OrderByDescending(x => x.Mmr).ThenBy(x => x.Sentence.BodyIndex).FirstOrDefault();
            if (best.Sentence is null)
            {
                break;
            }

            chosen.Add(best.Sentence);
        }

        // Each sentence states the claim it is closest to; each denial bears on the claim it is closest to.
        // The central claim takes every denial that bears on it; a further claim only those that bear on it alone.
        var members = chosen.Select(c => MembersOf(c).ToList()).ToList();
        Disjoint(chosen, members);
        var denials = members.Select((m, k) => DenialsOf(chosen[k], m).ToList()).ToList();
        for (int k = 0; k < chosen.Count; k++)
        {
            if (RestatedByDenials(chosen[k], denials[k]) is not { } rep)
            {
                continue;
            }

            // The named content may be another claim already taken: then the two are one claim in play, stated by it.
            int same = chosen.FindIndex(c => ReferenceEquals(c, rep));
            if (same == k)
            {
                continue;
            }

            var denied = denials[k].AsEnumerable();
            if (same >= 0)
            {
                denied = denied.Concat(denials[same]);
                chosen.RemoveAt(same);
                members.RemoveAt(same);
                denials.RemoveAt(same);
                k = same < k ? k - 1 : k;
            }

            chosen[k] = rep;
            members[k] = [.. MembersOf(rep)];
            var kept = members[k];
            denials[k] = [.. denied.Union(DenialsOf(rep, kept), ReferenceEqualityComparer.Instance).Cast<PropositionSentence>().Where(d => !kept.Contains(d))];
        }

        for (int k = 1; k < chosen.Count; k++)
        {
            denials[k].RemoveAll(d => denials[0].Contains(d));
        }

        Disjoint(chosen, denials);

        // A claim beyond the first is weighed only when it is in play: repeated by two texts and accusing or
        // blaming someone, or denied in two articles.
        var result = new List<PropositionCluster>();
        int next = firstId;
        for (int k = 0; k < chosen.Count; k++)
        {
            bool accusation = Accuses(chosen[k]) && members[k].Select(m => groups[m.DocId]).Distinct().Count() >= 2;
            bool disputed = denials[k].Select(d => d.DocId).Distinct().Count() >= 2;
            if (k > 0 && !accusation && !disputed)
            {
                continue;
            }

            var claim = new PropositionCluster(Id(next++), chosen[k], members[k], null);
            result.Add(claim);
            if (denials[k].Select(d => d.DocId).Distinct().Count() >= 2)
            {
                var list = denials[k];
                PropositionSentence denialRep = list.OrderByDescending(d => d.Denial > 0 ? d.Denial : 1)
                    .ThenByDescending(d => list.Where(o => o.DocId != d.DocId).Sum(o => Similarity(d, o)))
                    .ThenBy(d => d.BodyIndex).First();
                result.Add(new PropositionCluster(Id(next++), denialRep, list, claim.Id));
            }
        }

        return result;
    }

    /// <summary>
    /// What the denials of a claim say is false, when they name it by a content clause ("a rumor that X has been called
    /// rubbish") and the claim's sentence does not state it: the sentence of the set that states that content best
    /// (an assertion of one proposition — no clauses joined in contrast —, at least as close to it as a member is to its
    /// claim, and sharing its words as a member would).
    /// The set disputes X, so X is the claim in play, not the lead that merely sits beside it. Null when the denials name
    /// no content or the claim's sentence shares the content's words as a member would.
    /// </summary>
    private PropositionSentence? RestatedByDenials(PropositionSentence claim, IReadOnlyList<PropositionSentence> denials)
    {
        var lex = PropositionLexicon.Instance;
        var contents = denials.Select(d => (d.DocId, Content: lex.DeniedContent(d.Text))).Where(c => c.Content is not null).ToList();
        if (contents.Select(c => c.DocId).Distinct().Count() < 2)
        {
            return null;
        }

        var named = contents.Select(c => c.Content!).Distinct(StringComparer.Ordinal).Select(c => (Terms: PropositionReader.TermsOf(Annotation.Tokenizer.Tokenize(c, new TextSpan(0, c.Length))
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number), lex), Vector: _similarity.Vector(c))).ToList();

        var best = _sentences.Where(s => s.Denial == 0 && !s.Question && (!s.Negated || s.NegatedClauses is not null) && s.Terms.Count >= MinTerms && !denials.Contains(s) && !lex.EmbedsContent(s.Text)
                && !lex.ContrastBreak.IsMatch(s.Text) && named.Max(n => _similarity.WordSimilarity(n.Terms, s)) >= MemberSimilarity)
            .Select(s => (Sentence: s, Sim: named.Max(n => _similarity.Similarity(n.Terms, n.Vector, s))))
            .OrderByDescending(x => x.Sim).ThenBy(x => x.Sentence.BodyIndex).FirstOrDefault();
        if (best.Sentence is not { } candidate || best.Sim < MemberSimilarity)
        {
            return null;
        }

        // The test is by shared words, not by the encoder, whose sense of topic finds any sentence on the same people close.
        double stated = named.Max(n => _similarity.WordSimilarity(n.Terms, claim));
        return stated < MemberSimilarity ? candidate : null;
    }

    /// <summary>
    /// True when <paramref name="s"/> is negated where it speaks of the claim of <paramref name="rep"/>: its negation covers
    /// the sentence, or its negated clauses share at least as many of the claim's words as its other clauses ("the tour
    /// will never happen — because the singer tore up the contract" is not a negation of "the singer tore up the contract").
    /// </summary>
    private bool NegatedFor(PropositionSentence s, PropositionSentence rep) =>
        s.Negated && (s.NegatedClauses is not { } parts || _similarity.WordSimilarity(parts.Negated, rep) >= _similarity.WordSimilarity(parts.Plain, rep));

    /// <summary>The sentences of the set that state the claim whose representative is <paramref name="rep"/>.</summary>
    public IReadOnlyList<PropositionSentence> MembersOf(PropositionSentence rep) =>
        [.. _sentences.Where(s => s.Denial == 0 && !s.Question && !NegatedFor(s, rep) && !s.Contradicts(rep) && (ReferenceEquals(s, rep) || Similarity(s, rep) >= MemberSimilarity))];

    /// <summary>The sentences that deny or doubt the claim: a denial cue close to a statement of it, or a negated restatement.</summary>
    public IReadOnlyList<PropositionSentence> DenialsOf(PropositionCluster claim) => DenialsOf(claim.Representative, claim.Members);

    /// <summary>Keeps each sentence only in the list of the claim it is closest to.</summary>
    private void Disjoint(List<PropositionSentence> claims, List<List<PropositionSentence>> lists)
    {
        var all = lists.SelectMany(l => l).Distinct(ReferenceEqualityComparer.Instance).Cast<PropositionSentence>().ToList();
        var sets = lists.Select(l => new HashSet<PropositionSentence>(l)).ToList();
        foreach (PropositionSentence s in all)
        {
            var having = Enumerable.Range(0, claims.Count).Where(k => sets[k].Contains(s)).ToList();
            if (having.Count < 2)
            {
                continue;
            }

            int nearest = having.OrderByDescending(k => Similarity(s, claims[k])).First();
            foreach (int k in having.Where(k => k != nearest))
            {
                lists[k].Remove(s);
                sets[k].Remove(s);
            }
        }
    }

    /// <summary>True when <paramref name="s"/> comes at most <see cref="DenialReach"/> sentences after <paramref name="claim"/> in the same article: a denial follows what it denies.</summary>
    private bool Follows(PropositionSentence s, PropositionSentence claim) =>
        s.DocId == claim.DocId && _index[s] > _index[claim] && _index[s] - _index[claim] <= DenialReach;

    /// <summary>The sentence before <paramref name="s"/> in its article, if it was read.</summary>
    private PropositionSentence? Previous(PropositionSentence s)
    {
        int i = _index[s];
        return i > 0 && _sentences[i - 1].DocId == s.DocId ? _sentences[i - 1] : null;
    }

    private static bool Accuses(PropositionSentence s) => PropositionLexicon.Instance.Accusations.Any(r => r.IsMatch(s.Text));

    private IReadOnlyList<PropositionSentence> DenialsOf(PropositionSentence representative, IReadOnlyList<PropositionSentence> claimMembers)
    {
        var members = new HashSet<PropositionSentence>(claimMembers, ReferenceEqualityComparer.Instance);
        var result = new List<PropositionSentence>();
        foreach (PropositionSentence s in _sentences)
        {
            if (members.Contains(s))
            {
                continue;
            }

            // A short denial ("But it's almost certainly not true.") points back to the sentence before it.
            PropositionSentence? before = s.Denial > 0 && s.Terms.Count < ShortDenialTerms ? Previous(s) : null;
            bool negatedRestatement = NegatedFor(s, representative) && !s.Question && Similarity(s, representative) >= NegatedRestatement;
            // (whether it relates to a member is asked only of a denial: for the others it decides nothing)
            bool Related() => claimMembers.Any(m => Similarity(s, m) >= RelatedSimilarity || (before is not null && Similarity(before, m) >= RelatedSimilarity)
                || (s.Denial >= 1 && Follows(s, m)));
            bool contrary = s.Denial == 0 && !s.Negated && !s.Question && s.Contradicts(representative)
                && claimMembers.Any(m => Similarity(s, m) >= RelatedSimilarity);
            if ((s.Denial > 0 && !s.Question && Related()) || negatedRestatement || contrary)
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
        if (_sentences.Count > LargeSet)
        {
            // A large set: only the sentences that share a rarer term with it can be close (TF-IDF alone, by postings).
            var best = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (o, sim) in _similarity.TermNeighbors(s, CommonTermShare))
            {
                if (groups[o.DocId] != groups[s.DocId] && sim > best.GetValueOrDefault(o.DocId))
                {
                    best[o.DocId] = sim;
                }
            }

            _groupSizes ??= docs.GroupBy(d => groups[d.Key]).ToDictionary(g => g.Key, g => g.Count());
            int others = docs.Count - _groupSizes[groups[s.DocId]];
            return others == 0 ? 0 : best.Values.Sum(v => Math.Min(CopyCap, v)) / others;
        }

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
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < docs.Count; i++)
        {
            foreach (string t in texts[i])
            {
                if (!holders.TryGetValue(t, out var list))
                {
                    holders[t] = list = [];
                }

                list.Add(i);
            }
        }

        var group = Enumerable.Range(0, docs.Count).ToArray();
        for (int i = 0; i < docs.Count; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (string t in texts[i])
            {
                foreach (int j in holders[t].Where(j => j < i))
                {
                    shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }

            foreach (var (j, n) in shared.OrderBy(p => p.Key))
            {
                if (n >= CopyShare * Math.Min(texts[i].Count, texts[j].Count))
                {
                    group[i] = group[j];
                    break;
                }
            }
        }

        return docs.Select((d, i) => (d.Key, group[i])).ToDictionary(x => x.Key, x => x.Item2, StringComparer.Ordinal);
    }
}
