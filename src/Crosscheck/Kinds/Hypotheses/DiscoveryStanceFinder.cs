using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// The discovery's <see cref="StanceFinder"/> as the stance finder of the user's edits: stances are computed for
/// every hypothesis after the edits (so that rules across hypotheses apply), and the editor keeps those toward the
/// hypotheses the user added. An added hypothesis the rules find nothing on is read by meaning
/// (<see cref="Propositions.PropositionSet.StancesByMeaning"/>).
/// </summary>
public sealed class DiscoveryStanceFinder : IHypothesisStanceFinder
{
    public IReadOnlyList<HypothesisStance> FindStances(
        IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set, IReadOnlyList<Hypothesis> hypotheses)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(hypotheses);
        var ruled = StanceFinder.StancesFor(set.Hypotheses, documents, findings, set);

        // A hypothesis the rules find nothing on (it names no agent, cause or false flag the text bears on, e.g. "the
        // video was staged") is read by meaning, as the found claims are.
        var unread = hypotheses.Where(h => !ruled.Any(s => s.HypothesisId == h.Id && s.Stance != StanceKind.Absent)).ToList();
        if (unread.Count == 0)
        {
            return ruled;
        }

        var props = Propositions.PropositionSet.Find(ClaimSet.Read(documents, findings, set), findings, 1);
        var byMeaning = unread.SelectMany(props.StancesByMeaning).ToList();
        var replaced = new HashSet<string>(byMeaning.Select(s => s.HypothesisId), StringComparer.Ordinal);
        return [.. ruled.Where(s => !replaced.Contains(s.HypothesisId)), .. byMeaning];
    }
}
