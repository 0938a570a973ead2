using Crosscheck.Kinds.Hypotheses;
using Crosscheck.Model;
using Crosscheck.Kinds.Claims.Stance;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;

namespace Crosscheck.Kinds.Claims;

/// <summary>
/// Gives every article's stance toward each user claim (<c>--claim</c>): the stance classifier reads the
/// claim as a headline against the article body, and <see cref="ClaimEvidence"/> picks the sentences that
/// bear most on it. The classifier (by default <see cref="StanceModel.Default"/>) is loaded on first use.
/// Beside the model, the claim is read as a hypothesis (<see cref="UserHypothesis"/>): when a found hypothesis names
/// the same agent, kind or cause, its author stances are the claim's <see cref="ClaimStance.TextStance"/>; otherwise
/// the hypothesis rules (<see cref="StanceFinder"/>) give the claim stances of its own. The model is trained on short
/// headline–body pairs and reads long argued articles mostly as "discuss"; the rules read the author's own voice.
/// </summary>
public sealed class ClaimStanceAnalyzer(IReadOnlyList<string> claims, Func<IStanceClassifier>? classifier = null) : ISetAnalyzer
{
    private readonly Lazy<IStanceClassifier> model = new(classifier ?? (() => StanceModel.Default));

    public string Name => "claim stances";

    public IReadOnlyList<string> Claims { get; } = [.. claims.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        if (Claims.Count == 0)
        {
            return set;
        }

        var stances = new List<ClaimStance>();
        foreach (string claim in Claims)
        {
            (Hypothesis? matched, IReadOnlyList<HypothesisStance> authorStances) = ReadByRules(claim, documents, findings, set);
            foreach (AnnotatedDocument d in documents)
            {
                string body = d.Text[Math.Clamp(d.Document.BodyStart, 0, d.Text.Length)..];
                StancePrediction p = model.Value.Predict(claim, body);
                HypothesisStance? text = authorStances.FirstOrDefault(s => s.DocId == d.Id);
                stances.Add(new ClaimStance(claim, d.Id, StanceLabels.Name(p.Label), p.Confidence, ClaimEvidence.Pick(claim, d, p.Label))
                {
                    TextStance = text is null ? null : StanceName(text.Stance),
                    TextEvidence = text?.Evidence ?? [],
                    Hypothesis = matched?.Id,
                });
            }
        }

        return set with { ClaimStances = stances };
    }

    /// <summary>
    /// The author stances toward <paramref name="claim"/> by the hypothesis rules: those of the found hypothesis
    /// that names the same agent (or cause, or false flag), else those computed for the claim read as a hypothesis.
    /// None when the claim names no agent and no cause the rules know.
    /// </summary>
    private static (Hypothesis? Matched, IReadOnlyList<HypothesisStance> AuthorStances) ReadByRules(
        string claim, IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        Hypothesis read = UserHypothesis.Parse("claim", claim, set.Entities);
        if (read.Agent is null && read.Kind != HypothesisKind.FalseFlag)
        {
            return (null, []);
        }

        Hypothesis? matched = set.Hypotheses.FirstOrDefault(h => h.Kind == read.Kind && h.Kind switch
        {
            HypothesisKind.Cause => string.Equals(h.Agent, read.Agent, StringComparison.OrdinalIgnoreCase),
            HypothesisKind.FalseFlag => true,
            _ => h.AgentEntityId is not null && h.AgentEntityId == read.AgentEntityId,
        });
        if (matched is not null)
        {
            return (matched, [.. set.Stances.Where(s => s.HypothesisId == matched.Id && s.Holder is null)]);
        }

        IReadOnlyList<HypothesisStance> own = StanceFinder.StancesFor([.. set.Hypotheses, read], documents, findings, set);
        return (null, [.. own.Where(s => s.HypothesisId == read.Id && s.Holder is null)]);
    }

    private static string StanceName(StanceKind stance) => stance.ToString().ToLowerInvariant();
}
