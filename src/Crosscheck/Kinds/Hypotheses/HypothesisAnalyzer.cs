using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Kinds.Hypotheses.Propositions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// Finds the competing hypotheses of a set and every article's stances toward them: the explanations of an
/// event by responsibility, cause and false-flag cues (<see cref="HypothesisFinder"/>, <see cref="StanceFinder"/>),
/// and the claims the set is about with the denials they meet, of any kind (<see cref="PropositionFinder"/>,
/// <see cref="PropositionStances"/>). Runs after the entity index. The optional <c>edit</c> function sees the
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
        IReadOnlyList<Hypothesis> explanations = HypothesisFinder.Find(claims, documents);
        PropositionSet props = PropositionSet.Find(claims, findings, explanations.Count + 1);
        IReadOnlyList<Hypothesis> hypotheses = [.. explanations, .. props.Hypotheses];
        if (edit is not null)
        {
            hypotheses = edit(hypotheses);
        }

        var ruled = hypotheses.Where(h => h.Kind is not (HypothesisKind.Claim or HypothesisKind.Counterclaim)).ToList();
        var stances = StanceFinder.StancesFor(ruled, claims).Concat(props.StancesFor(hypotheses)).ToList();
        return set with { Hypotheses = hypotheses, Stances = stances, Notes = props.Problem is { } p ? [.. set.Notes, p] : set.Notes };
    }
}
