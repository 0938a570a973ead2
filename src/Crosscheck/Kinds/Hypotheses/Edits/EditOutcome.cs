using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Edits;

/// <summary>The hypotheses after the user's edits, where each found id went, and what could not be applied.</summary>
/// <param name="Hypotheses">The hypotheses after the edits, found ones first (in their order), then the added ones.</param>
/// <param name="IdMap">Found id → the id it lives on as (itself, or the hypothesis it was merged into), or null when dropped.</param>
/// <param name="Warnings">Edits that could not be applied, each saying why (an id this run does not have, …).</param>
public sealed record EditOutcome(IReadOnlyList<Hypothesis> Hypotheses, IReadOnlyDictionary<string, string?> IdMap, IReadOnlyList<string> Warnings)
{
    /// <summary>The hypotheses the edits added, by their id, with the addition each came from.</summary>
    public IReadOnlyDictionary<string, HypothesisAddition> Added { get; init; } = new Dictionary<string, HypothesisAddition>();

    /// <summary>
    /// The stances moved to the hypotheses they now belong to: those of a merged hypothesis go to the one kept,
    /// those of a dropped one are left out. Two stances of one holder in one document toward the merged hypothesis
    /// with the same stance become one, with the evidence of both and the higher confidence.
    /// </summary>
    public IReadOnlyList<HypothesisStance> Remap(IReadOnlyList<HypothesisStance> stances)
    {
        ArgumentNullException.ThrowIfNull(stances);
        var merged = new List<HypothesisStance>();
        var index = new Dictionary<(string Doc, string Holder, string Hypothesis, StanceKind Stance), int>();
        foreach (HypothesisStance s in stances)
        {
            string? target = IdMap.TryGetValue(s.HypothesisId, out string? to) ? to : s.HypothesisId;
            if (target is null)
            {
                continue;
            }

            HypothesisStance moved = s with { HypothesisId = target };
            var key = (s.DocId, s.Holder ?? string.Empty, target, s.Stance);
            if (index.TryGetValue(key, out int at))
            {
                HypothesisStance before = merged[at];
                merged[at] = before with
                {
                    Confidence = Math.Max(before.Confidence, moved.Confidence),
                    Evidence = [.. before.Evidence.Concat(moved.Evidence).Distinct().OrderBy(e => e.Start)],
                    EvidenceStatus = before.EvidenceStatus ?? moved.EvidenceStatus,
                    SelfInterested = before.SelfInterested || moved.SelfInterested,
                };
            }
            else
            {
                index[key] = merged.Count;
                merged.Add(moved);
            }
        }

        return merged;
    }
}
