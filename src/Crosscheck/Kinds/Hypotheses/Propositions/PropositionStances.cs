using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Propositions;

/// <summary>
/// Each article's stance toward the claims and denials of <see cref="PropositionFinder"/>, and the stances it
/// reports for others. The author rejects a claim when they deny it in their own voice ("turns out to be
/// exaggerated", "is false"), supports it when they assert it in their own voice (or with a factive frame:
/// "confirmed that") — first and in at least half of the sentences that state it —, and reports it when they
/// mostly pass it on ("reportedly", "X said", "according to") or only tell of someone else's denial. A denial's stances mirror the claim's: an own-voice denial supports it,
/// a reported one reports it. A named holder of a reported statement supports (or, denying, rejects) the claim.
/// </summary>
internal static class PropositionStances
{
    public static IReadOnlyList<HypothesisStance> For(IReadOnlyList<PropositionCluster> clusters, PropositionFinder finder, IReadOnlyList<string> docIds)
    {
        var result = new List<HypothesisStance>();
        var byId = clusters.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var denialsOf = clusters.Where(c => !c.IsDenial).ToDictionary(c => c.Id, c => clusters.FirstOrDefault(o => o.Opposes == c.Id)?.Members ?? finder.DenialsOf(c), StringComparer.Ordinal);
        var assertsByDoc = clusters.ToDictionary(c => c.Id, c => c.Members.ToLookup(m => m.DocId), StringComparer.Ordinal);
        var deniesByDoc = denialsOf.ToDictionary(p => p.Key, p => p.Value.ToLookup(m => m.DocId), StringComparer.Ordinal);
        foreach (string doc in docIds)
        {
            var reported = new List<HypothesisStance>();
            foreach (PropositionCluster c in clusters)
            {
                PropositionCluster claim = c.IsDenial ? byId[c.Opposes!] : c;
                var asserts = assertsByDoc[claim.Id][doc].ToList();
                var denies = deniesByDoc[claim.Id][doc].ToList();
                result.Add(c.IsDenial ? DenialStance(doc, c, denies) : ClaimStance(doc, c, asserts, denies));
                reported.AddRange(Reported(doc, c, c.IsDenial ? denies : asserts, c.IsDenial ? [] : denies));
            }

            result.AddRange(reported);
        }

        return result;
    }

    private static HypothesisStance ClaimStance(string doc, PropositionCluster c, List<PropositionSentence> asserts, List<PropositionSentence> denies)
    {
        var ownDenials = denies.Where(s => s.OwnDenial || (s.OwnVoice && s.Negated && s.Denial == 0) || (s.Denial == 0 && s.OwnContrary)).ToList();
        var ownAsserts = asserts.Where(s => s.OwnVoice).ToList();
        if (ownDenials.Count > 0)
        {
            return Stance(doc, c.Id, StanceKind.Rejects, ownDenials, 0.7);
        }

        // An article that mostly passes the claim on ("X said", "reportedly"), and opens with it so, reports it
        // even where a later sentence restates it plainly.
        PropositionSentence? first = asserts.OrderBy(s => s.Sentence.Span.Start).FirstOrDefault();
        if (ownAsserts.Count > 0 && first is not null && first.OwnVoice && ownAsserts.Count * 2 >= asserts.Count)
        {
            return Stance(doc, c.Id, StanceKind.Supports, ownAsserts, ownAsserts.Count > 1 ? 0.8 : 0.65);
        }

        var told = asserts.Concat(denies).OrderBy(s => s.Sentence.Span.Start).ToList();
        return told.Count > 0 ? Stance(doc, c.Id, StanceKind.Reports, told, 0.7) : Stance(doc, c.Id, StanceKind.Absent, [], 1.0);
    }

    private static HypothesisStance DenialStance(string doc, PropositionCluster c, List<PropositionSentence> denies)
    {
        var own = denies.Where(s => s.OwnDenial || (s.OwnVoice && s.Negated && s.Denial == 0) || (s.Denial == 0 && s.OwnContrary)).ToList();
        if (own.Count > 0)
        {
            return Stance(doc, c.Id, StanceKind.Supports, own, 0.7);
        }

        return denies.Count > 0 ? Stance(doc, c.Id, StanceKind.Reports, denies, 0.7) : Stance(doc, c.Id, StanceKind.Absent, [], 1.0);
    }

    /// <summary>Named holders: supports for the statements they make of it, rejects for their denials of it.</summary>
    private static IEnumerable<HypothesisStance> Reported(string doc, PropositionCluster c, List<PropositionSentence> states, List<PropositionSentence> denies)
    {
        var held = states.Where(s => s.Reported && !s.Factive && !s.Negated && s.Holder is not null).Select(s => (s, Supports: true))
            .Concat(denies.Where(s => (s.DenialReported || (s.Denial == 0 && s.ContraryReported)) && s.Holder is not null).Select(s => (s, Supports: false)));
        foreach (var g in held.GroupBy(x => x.s.Holder!, StringComparer.OrdinalIgnoreCase))
        {
            var list = g.ToList();
            bool supports = list.Count(x => x.Supports) * 2 >= list.Count;
            var basis = list.Where(x => x.Supports == supports).Select(x => x.s).ToList();
            yield return new HypothesisStance(doc, g.Key, basis[0].HolderSpan, c.Id, supports ? StanceKind.Supports : StanceKind.Rejects, 0.6,
                [.. basis.Select(s => s.Sentence.Span).Distinct()], null, false);
        }
    }

    private static HypothesisStance Stance(string doc, string id, StanceKind kind, List<PropositionSentence> basis, double confidence) =>
        new(doc, null, null, id, kind, confidence, [.. basis.Select(s => s.Sentence.Span).Distinct().OrderBy(s => s.Start).Take(3)], null, false);
}
