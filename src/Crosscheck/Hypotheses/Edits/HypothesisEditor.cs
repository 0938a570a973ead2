using Crosscheck.Comparison;
using Crosscheck.Model;

namespace Crosscheck.Hypotheses.Edits;

/// <summary>
/// Applies the user's edits (case file and <c>--hypothesis</c>) to the hypotheses the discovery found: merges,
/// renames, drops and adds (<see cref="HypothesisEdits"/>), moves the stances with them, reads the agent of each
/// added hypothesis from the entity index, and asks the stance finder (when there is one) for the stances toward
/// the added hypotheses. Runs after the discovery and before <see cref="Ach.AchBuilder"/>; does nothing without edits.
/// </summary>
/// <param name="warn">Told of each edit that could not be applied (called on the pipeline's thread, one message at a time).</param>
public sealed class HypothesisEditor(CaseFile edits, IHypothesisStanceFinder? stanceFinder = null, Action<string>? warn = null) : ISetAnalyzer
{
    public string Name => "hypothesis edits";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (edits.IsEmpty)
        {
            return set;
        }

        EditOutcome outcome = HypothesisEdits.Plan(set.Hypotheses, edits);
        foreach (string w in outcome.Warnings)
        {
            warn?.Invoke(w);
        }

        HashSet<string> found = [.. set.Hypotheses.Select(h => h.Id)];
        List<Hypothesis> hypotheses = [.. outcome.Hypotheses.Select(h => found.Contains(h.Id) ? h : UserHypothesisParser.Complete(h, set.Entities))];
        List<HypothesisStance> stances = [.. outcome.Remap(set.Stances)];
        List<Hypothesis> added = [.. hypotheses.Where(h => !found.Contains(h.Id))];
        if (stanceFinder is not null && added.Count > 0)
        {
            HashSet<string> addedIds = [.. added.Select(h => h.Id)];
            stances.AddRange(stanceFinder.FindStances(documents, findings, set with { Hypotheses = hypotheses, Stances = stances }, added)
                .Where(s => addedIds.Contains(s.HypothesisId)));
        }

        return set with { Hypotheses = hypotheses, Stances = stances };
    }
}
