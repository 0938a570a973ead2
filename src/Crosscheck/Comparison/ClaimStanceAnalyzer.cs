using Crosscheck.Model;
using Crosscheck.Stance;

namespace Crosscheck.Comparison;

/// <summary>
/// Gives every article's stance toward each user claim (<c>--claim</c>): the stance classifier reads the
/// claim as a headline against the article body, and <see cref="ClaimEvidence"/> picks the sentences that
/// bear most on it. The classifier (by default <see cref="StanceModel.Default"/>) is loaded on first use.
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
            foreach (AnnotatedDocument d in documents)
            {
                string body = d.Text[Math.Clamp(d.Document.BodyStart, 0, d.Text.Length)..];
                StancePrediction p = model.Value.Predict(claim, body);
                stances.Add(new ClaimStance(claim, d.Id, StanceLabels.Name(p.Label), p.Confidence, ClaimEvidence.Pick(claim, d, p.Label)));
            }
        }

        return set with { ClaimStances = stances };
    }
}
