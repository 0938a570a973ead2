namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>
/// Scores predicted spans of one label against gold spans of one article. A span is its set of
/// fragments (a discontinuous span has several). Exact match: same label and exactly the same fragments.
/// Overlap match: same label and at least one character in common. Both matchings are one-to-one and
/// greedy: predictions are taken in text order and each takes the first unmatched gold span (in text
/// order) that it matches, so a gold span is counted at most once and so is a prediction.
/// </summary>
public static class SpanScorer
{
    public static SpanScore Exact(string label, IEnumerable<BratSpan> gold, IEnumerable<BratSpan> predicted) =>
        Score(label, gold, predicted, static (p, g) => p.SameAs(g));

    public static SpanScore Overlap(string label, IEnumerable<BratSpan> gold, IEnumerable<BratSpan> predicted) =>
        Score(label, gold, predicted, static (p, g) => p.Overlaps(g));

    private static SpanScore Score(string label, IEnumerable<BratSpan> gold, IEnumerable<BratSpan> predicted, Func<BratSpan, BratSpan, bool> match)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        List<BratSpan> g = Ordered(gold.Where(s => s.Label == label));
        List<BratSpan> p = Ordered(predicted.Where(s => s.Label == label));
        var used = new bool[g.Count];
        int matched = 0;
        foreach (BratSpan prediction in p)
        {
            for (int i = 0; i < g.Count; i++)
            {
                if (!used[i] && match(prediction, g[i]))
                {
                    used[i] = true;
                    matched++;
                    break;
                }
            }
        }

        return new SpanScore(label, matched, p.Count, g.Count);
    }

    private static List<BratSpan> Ordered(IEnumerable<BratSpan> spans) =>
        [.. spans.OrderBy(s => s.Extent.Start).ThenBy(s => s.Extent.End)];
}
