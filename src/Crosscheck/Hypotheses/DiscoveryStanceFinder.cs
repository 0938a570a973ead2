using Crosscheck.Model;

namespace Crosscheck.Hypotheses;

/// <summary>
/// The discovery's <see cref="StanceFinder"/> as the stance finder of the user's edits: stances are computed for
/// every hypothesis after the edits (so that rules across hypotheses apply), and the editor keeps those toward the
/// hypotheses the user added.
/// </summary>
public sealed class DiscoveryStanceFinder : IHypothesisStanceFinder
{
    public IReadOnlyList<HypothesisStance> FindStances(
        IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set, IReadOnlyList<Hypothesis> hypotheses)
    {
        ArgumentNullException.ThrowIfNull(set);
        return StanceFinder.StancesFor(set.Hypotheses, documents, findings, set);
    }
}
