using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Propositions;

/// <summary>The claims and counterclaims of a set as hypotheses, with what is needed to give their stances.</summary>
internal sealed class PropositionSet
{
    private const int MaxTextLength = 240;

    /// <summary>A counterclaim is the proposition that its claim is false; its sentence is how the set says so.</summary>
    internal const string DenialPrefix = "Denied or disputed: ";

    private readonly PropositionFinder _finder;
    private readonly IReadOnlyList<PropositionCluster> _clusters;
    private readonly IReadOnlyList<string> _docIds;

    private PropositionSet(PropositionFinder finder, IReadOnlyList<PropositionCluster> clusters, IReadOnlyList<string> docIds)
    {
        _finder = finder;
        _clusters = clusters;
        _docIds = docIds;
        Hypotheses = [.. clusters.Select(c => ToHypothesis(c, clusters.FirstOrDefault(o => o.Id == c.Opposes)))];
    }

    public IReadOnlyList<Hypothesis> Hypotheses { get; }

    /// <summary>Why the claims were compared by their words only (the encoder failed), or null.</summary>
    public string? Problem => _finder.Problem;

    public static PropositionSet Find(ClaimSet claims, IReadOnlyList<DocumentFindings> findings, int firstId)
    {
        Dictionary<string, DocumentFindings> byDoc = findings.GroupBy(f => f.DocId).ToDictionary(g => g.Key, g => g.First());
        var sentences = claims.Views.SelectMany(v => PropositionReader.Read(v, byDoc.GetValueOrDefault(v.Id)?.Attributions ?? [])).ToList();
        var finder = new PropositionFinder(sentences);
        return new PropositionSet(finder, finder.Find(firstId), [.. claims.Views.Select(v => v.Id)]);
    }

    /// <summary>The stances toward those of <paramref name="hypotheses"/> that are still this set's claims and counterclaims (after the user's edits).</summary>
    public IReadOnlyList<HypothesisStance> StancesFor(IReadOnlyList<Hypothesis> hypotheses)
    {
        var kept = new HashSet<string>(hypotheses.Where(h => h.Kind is HypothesisKind.Claim or HypothesisKind.Counterclaim).Select(h => h.Id), StringComparer.Ordinal);
        var clusters = _clusters.Where(c => kept.Contains(c.Id) && (c.Opposes is null || kept.Contains(c.Opposes))).ToList();
        return PropositionStances.For(clusters, _finder, _docIds);
    }

    /// <summary>
    /// The stances toward a hypothesis the user wrote, read by meaning: the claim of the set it stands for (see
    /// <see cref="PropositionFinder.ClaimFor"/>) and the denials it meets. Empty when no sentence of the set states it.
    /// </summary>
    public IReadOnlyList<HypothesisStance> StancesByMeaning(Hypothesis hypothesis)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        PropositionCluster? central = _clusters.FirstOrDefault(c => !c.IsDenial);
        if (PropositionLexicon.Instance.Denial(hypothesis.Text).Weight > 0 && central is not null)
        {
            // A denial: weighed against the set's central claim, as a counterclaim of it.
            PropositionCluster? denial = _finder.ClaimFor(hypothesis.Id, hypothesis.Text, denying: true, opposes: central.Id);
            return denial is null ? [] : [.. PropositionStances.For([central, denial], _finder, _docIds).Where(s => s.HypothesisId == hypothesis.Id)];
        }

        PropositionCluster? claim = _finder.ClaimFor(hypothesis.Id, hypothesis.Text);
        return claim is null ? [] : PropositionStances.For([claim], _finder, _docIds);
    }

    private static Hypothesis ToHypothesis(PropositionCluster c, PropositionCluster? opposed) =>
        new(c.Id, c.IsDenial ? DenialPrefix + Statement(DenyingClause(c.Representative.Text, opposed?.Representative.Text)) : Statement(c.Representative.Text),
            c.IsDenial ? HypothesisKind.Counterclaim : HypothesisKind.Claim, null, null, false)
        {
            Opposes = c.Opposes,
            StatedIn = (c.Representative.DocId, c.Representative.Sentence.Span),
        };

    /// <summary>
    /// The part of a counterclaim's sentence that denies the claim: when the sentence joins clauses in contrast ("X has been
    /// freed, however his sister has received word of his death"), the one clause that carries a denial cue or the contrary
    /// of the claim's predicate, and not the claim's own side; otherwise the whole sentence.
    /// </summary>
    internal static string DenyingClause(string sentence, string? claim)
    {
        PropositionLexicon lex = PropositionLexicon.Instance;
        string[] clauses = lex.ContrastBreak.Split(sentence).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
        if (clauses.Length < 2)
        {
            return sentence;
        }

        var claimSides = claim is null ? [] : lex.ContrarySides(claim).Select(s => (s.Pair, s.Side)).ToHashSet();
        bool Denies(string clause)
        {
            var sides = lex.ContrarySides(clause).Select(s => (s.Pair, s.Side)).ToList();
            bool contrary = sides.Any(s => claimSides.Contains((s.Pair, 1 - s.Side))) && !sides.Any(claimSides.Contains);
            return contrary || lex.Denial(clause).Weight > 0;
        }

        string[] denying = [.. clauses.Where(Denies)];
        if (denying.Length != 1)
        {
            return sentence;
        }

        string kept = lex.LeadingConnective.Replace(denying[0], string.Empty).TrimEnd(',', ';', ' ');
        return kept.EndsWith('.') ? kept : kept + ".";
    }

    /// <summary>The sentence as a hypothesis statement: one line, at most <see cref="MaxTextLength"/> characters, cut at a word.</summary>
    internal static string Statement(string sentence)
    {
        string text = string.Join(' ', sentence.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxTextLength)
        {
            return text;
        }

        int cut = text.LastIndexOf(' ', MaxTextLength);
        return string.Concat(TextCut.Prefix(text, cut > 0 ? cut : MaxTextLength), " …");
    }
}
