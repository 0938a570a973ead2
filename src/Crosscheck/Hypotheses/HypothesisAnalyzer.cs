using Crosscheck.Comparison;
using Crosscheck.Model;

namespace Crosscheck.Hypotheses;

/// <summary>
/// Finds the competing hypotheses of a set (<see cref="HypothesisFinder"/>) and every article's stances toward
/// them (<see cref="StanceFinder"/>). Runs after the entity index. The optional <c>edit</c> function sees the
/// found hypotheses and returns the list to use (the user's additions, renames, merges and drops); stances are
/// computed for the edited list.
/// </summary>
public sealed class HypothesisAnalyzer(Func<IReadOnlyList<Hypothesis>, IReadOnlyList<Hypothesis>>? edit = null) : ISetAnalyzer
{
    public string Name => "HypothesisAnalyzer";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(set);
        ClaimSet claims = ClaimSet.Read(documents, findings, set);
        IReadOnlyList<Hypothesis> hypotheses = HypothesisFinder.Find(claims, documents);
        if (edit is not null)
        {
            hypotheses = edit(hypotheses);
        }

        return set with { Hypotheses = hypotheses, Stances = StanceFinder.StancesFor(hypotheses, claims) };
    }
}
