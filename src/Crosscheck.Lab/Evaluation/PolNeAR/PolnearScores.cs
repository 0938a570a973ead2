namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>Exact-match and overlap scores per label (Source, Cue, Content), summed over articles.</summary>
public sealed record PolnearScores(IReadOnlyList<SpanScore> Exact, IReadOnlyList<SpanScore> Overlap)
{
    public static readonly string[] Labels = ["Source", "Cue", "Content"];

    public SpanScore ExactFor(string label) => Exact.Single(s => s.Label == label);

    public SpanScore OverlapFor(string label) => Overlap.Single(s => s.Label == label);

    /// <summary>Scores the predicted spans of each article against its gold spans.</summary>
    public static PolnearScores Of(IEnumerable<(IReadOnlyList<BratSpan> Gold, IReadOnlyList<BratSpan> Predicted)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var exact = Labels.Select(l => new SpanScore(l, 0, 0, 0)).ToArray();
        var overlap = Labels.Select(l => new SpanScore(l, 0, 0, 0)).ToArray();
        foreach ((IReadOnlyList<BratSpan> gold, IReadOnlyList<BratSpan> predicted) in articles)
        {
            for (int k = 0; k < Labels.Length; k++)
            {
                exact[k] += SpanScorer.Exact(Labels[k], gold, predicted);
                overlap[k] += SpanScorer.Overlap(Labels[k], gold, predicted);
            }
        }

        return new PolnearScores(exact, overlap);
    }
}
