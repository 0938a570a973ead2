using Crosscheck.Lab.Evaluation.PolNeAR;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Attributions;

/// <summary>The PolNeAR scorer on hand-made cases whose right counts and P/R/F1 are worked out by hand.</summary>
public sealed class SpanScorerTests
{
    private static BratSpan S(string label, params int[] offsets)
    {
        var fragments = new List<TextSpan>();
        for (int i = 0; i < offsets.Length; i += 2)
        {
            fragments.Add(new TextSpan(offsets[i], offsets[i + 1]));
        }

        return new BratSpan("T", label, fragments);
    }

    [Fact]
    public void Should_count_exact_and_overlap_matches_per_label()
    {
        // Given gold: Source [0,5), Source [20,30), Cue [6,10); predicted: Source [0,5) exact, Source [22,28) overlapping,
        // Source [40,45) spurious, Cue [6,9) overlapping only.
        BratSpan[] gold = [S("Source", 0, 5), S("Source", 20, 30), S("Cue", 6, 10)];
        BratSpan[] predicted = [S("Source", 0, 5), S("Source", 22, 28), S("Source", 40, 45), S("Cue", 6, 9)];

        // Then Source exact: 1 of 3 predicted, 1 of 2 gold → P 33.3, R 50, F1 40.
        SpanScore exact = SpanScorer.Exact("Source", gold, predicted);
        (exact.Matched, exact.Predicted, exact.Gold).ShouldBe((1, 3, 2));
        exact.Precision.ShouldBe(100.0 / 3, 1e-9);
        exact.Recall.ShouldBe(50.0, 1e-9);
        exact.F1.ShouldBe(40.0, 1e-9);

        // Source overlap: 2 of 3, 2 of 2 → P 66.7, R 100, F1 80.
        SpanScore overlap = SpanScorer.Overlap("Source", gold, predicted);
        (overlap.Matched, overlap.Predicted, overlap.Gold).ShouldBe((2, 3, 2));
        overlap.F1.ShouldBe(80.0, 1e-9);

        // Cue: no exact match (F1 0), one overlap (F1 100).
        SpanScorer.Exact("Cue", gold, predicted).F1.ShouldBe(0);
        SpanScorer.Overlap("Cue", gold, predicted).F1.ShouldBe(100.0, 1e-9);
    }

    [Fact]
    public void Should_match_a_discontinuous_span_exactly_only_with_the_same_fragments()
    {
        // Given a gold content of two fragments ("“We will,” he said, “win.”").
        BratSpan[] gold = [S("Content", 0, 10, 22, 30)];

        // Then the same two fragments match exactly; the covering span or one fragment only overlap.
        SpanScorer.Exact("Content", gold, [S("Content", 0, 10, 22, 30)]).Matched.ShouldBe(1);
        SpanScorer.Exact("Content", gold, [S("Content", 0, 30)]).Matched.ShouldBe(0);
        SpanScorer.Exact("Content", gold, [S("Content", 22, 30)]).Matched.ShouldBe(0);
        SpanScorer.Overlap("Content", gold, [S("Content", 22, 30)]).Matched.ShouldBe(1);

        // A span lying only in the gap between the fragments does not overlap.
        SpanScorer.Overlap("Content", gold, [S("Content", 11, 21)]).Matched.ShouldBe(0);
    }

    [Fact]
    public void Should_count_each_gold_span_at_most_once()
    {
        // Given one gold source and two predictions overlapping it.
        BratSpan[] gold = [S("Source", 0, 10)];
        BratSpan[] predicted = [S("Source", 0, 4), S("Source", 5, 10)];

        // Then one matches and the other is a false positive: P 50, R 100, F1 66.7.
        SpanScore overlap = SpanScorer.Overlap("Source", gold, predicted);
        (overlap.Matched, overlap.Predicted, overlap.Gold).ShouldBe((1, 2, 1));
        overlap.F1.ShouldBe(200.0 / 3, 1e-9);
    }

    [Fact]
    public void Should_score_zero_without_predictions_or_gold()
    {
        SpanScore none = SpanScorer.Exact("Cue", [], []);
        (none.Precision, none.Recall, none.F1).ShouldBe((0.0, 0.0, 0.0));
        SpanScorer.Exact("Cue", [S("Cue", 1, 2)], []).Recall.ShouldBe(0);
    }

    [Fact]
    public void Should_sum_scores_over_articles()
    {
        // Article 1: 1 of 1 exact; article 2: 0 of 1 predicted, 2 gold → total 1 matched, 2 predicted, 3 gold.
        PolnearScores scores = PolnearScores.Of([
            ([S("Cue", 0, 4)], [S("Cue", 0, 4)]),
            ([S("Cue", 0, 4), S("Cue", 10, 14)], [S("Cue", 5, 8)]),
        ]);
        SpanScore cue = scores.ExactFor("Cue");
        (cue.Matched, cue.Predicted, cue.Gold).ShouldBe((1, 2, 3));
        cue.F1.ShouldBe(2 * 50.0 * (100.0 / 3) / (50.0 + (100.0 / 3)), 1e-9);
    }
}
