using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Edits;

/// <summary>
/// Applies the user's edits (case file and <c>--hypothesis</c>) to the hypotheses the discovery found: merges,
/// renames, drops and adds (<see cref="HypothesisEdits"/>), moves the stances with them, reads the agent of each
/// added hypothesis from the entity index, and asks the stance finder (when there is one) for the stances toward
/// the added hypotheses. Runs after the discovery and before <see cref="Ach.AchBuilder"/>; does nothing without edits.
/// </summary>
/// <param name="edits">The user's edits.</param>
/// <param name="stanceFinder">Finds the stances toward the added hypotheses; without it they have none (NA in the matrix).</param>
/// <param name="warn">Told of each edit that could not be applied (called on the pipeline's thread, one message at a time).</param>
/// <param name="readHypothesis">
/// Reads an added hypothesis from its id, text and the entity index (kind and agent); by default
/// <see cref="UserHypothesis.Parse"/>. A kind or agent the case file gives wins over what it reads.
/// </param>
public sealed class HypothesisEditor(
    CaseFile edits,
    IHypothesisStanceFinder? stanceFinder = null,
    Action<string>? warn = null,
    Func<string, string, IReadOnlyList<Entity>, Hypothesis>? readHypothesis = null) : ISetAnalyzer
{
    private readonly Func<string, string, IReadOnlyList<Entity>, Hypothesis> _read = readHypothesis ?? UserHypothesis.Parse;

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
        List<Hypothesis> hypotheses = [.. outcome.Hypotheses.Select(h => outcome.Added.TryGetValue(h.Id, out HypothesisAddition? a) ? Read(h, a, set.Entities) : h)];
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

    private Hypothesis Read(Hypothesis added, HypothesisAddition addition, IReadOnlyList<Entity> entities)
    {
        Hypothesis read = _read(added.Id, added.Text, entities) with { Id = added.Id, Text = added.Text, UserGiven = true };
        if (addition.Kind is HypothesisKind kind)
        {
            read = read with { Kind = kind };
        }

        if (addition.Agent is { } agent)
        {
            (string name, string? entityId) = UserHypothesis.Known(agent, entities);
            read = read with { Agent = name, AgentEntityId = entityId };
        }

        return read;
    }
}
