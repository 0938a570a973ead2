using Crosscheck.Lab.Evaluation.TempEval;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.TempEval;

public sealed class TempEvalScorerTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Should_count_strict_relaxed_type_and_value_on_a_hand_made_case()
    {
        // Given three gold TIMEX3s and three system ones: one exact with the right value, one overlapping
        // with the right type and a wrong value, one spurious; the third gold one is missed.
        Timex[] gold = [new(0, 5, "DATE", "1998"), new(10, 20, "DURATION", "P2D"), new(30, 35, "DATE", "PRESENT_REF")];
        Timex[] system = [new(0, 5, "DATE", "1998"), new(12, 20, "DURATION", "P3D"), new(40, 45, "DATE", "XXXX")];

        // When scored
        TimexComparison c = TempEvalScorer.Compare(gold, system);
        TempEvalScore s = c.Score;

        // Then strict P = R = F1 = 1/3; relaxed 2/3; type accuracy 2/2; value accuracy 1/2
        s.ShouldBe(new TempEvalScore(3, 3, 1, 2, 2, 2, 2, 1));
        s.StrictPrecision.ShouldBe(1.0 / 3, Tolerance);
        s.StrictRecall.ShouldBe(1.0 / 3, Tolerance);
        s.StrictF1.ShouldBe(1.0 / 3, Tolerance);
        s.RelaxedF1.ShouldBe(2.0 / 3, Tolerance);
        s.TypeF1.ShouldBe(2.0 / 3, Tolerance);
        s.ValueF1.ShouldBe(1.0 / 3, Tolerance);
        c.Missed.ShouldHaveSingleItem().Start.ShouldBe(30);
        c.Spurious.ShouldHaveSingleItem().Start.ShouldBe(40);
        c.Pairs.Count(p => !p.SameExtent).ShouldBe(1);
    }

    [Fact]
    public void Should_give_unequal_precision_and_recall_from_their_own_counts()
    {
        // Given 4 gold and 2 system TIMEX3s, both exact, one with a wrong type
        Timex[] gold = [new(0, 4, "DATE", "1990"), new(10, 14, "DATE", "1991"), new(20, 24, "DATE", "1992"), new(30, 34, "DATE", "1993")];
        Timex[] system = [new(0, 4, "DATE", "1990"), new(10, 14, "DURATION", "1991")];

        TempEvalScore s = TempEvalScorer.Compare(gold, system).Score;

        // Then P = 1, R = 1/2, F1 = 2/3; type F1 = 2/3 × 1/2; value F1 = 2/3
        s.StrictPrecision.ShouldBe(1.0, Tolerance);
        s.StrictRecall.ShouldBe(0.5, Tolerance);
        s.StrictF1.ShouldBe(2.0 / 3, Tolerance);
        s.TypeF1.ShouldBe(1.0 / 3, Tolerance);
        s.ValueF1.ShouldBe(2.0 / 3, Tolerance);
    }

    [Fact]
    public void Should_pair_one_system_timex_with_one_gold_timex_only()
    {
        // Given one system TIMEX3 spanning two gold ones
        Timex[] gold = [new(0, 5, "DATE", "1998-01-08"), new(6, 10, "TIME", "1998-01-08TNI")];
        Timex[] system = [new(0, 10, "TIME", "1998-01-08TNI")];

        TempEvalScore s = TempEvalScorer.Compare(gold, system).Score;

        // Then both gold ones are recalled (relaxed), but only one pair is compared: the larger overlap
        s.RelaxedPrecision.ShouldBe(1.0, Tolerance);
        s.RelaxedRecall.ShouldBe(1.0, Tolerance);
        s.Strict.ShouldBe(0);
        s.Matched.ShouldBe(1);
        s.ValueCorrect.ShouldBe(0);
        s.TypeCorrect.ShouldBe(0);
    }

    [Fact]
    public void Should_sum_documents_before_dividing()
    {
        TempEvalScore a = TempEvalScorer.Compare([new(0, 4, "DATE", "1990")], [new(0, 4, "DATE", "1990")]).Score;
        TempEvalScore b = TempEvalScorer.Compare([new(0, 4, "DATE", "1990"), new(5, 9, "DATE", "1991"), new(10, 14, "DATE", "1992")], []).Score;

        TempEvalScore total = a + b;

        total.StrictRecall.ShouldBe(0.25, Tolerance);
        total.StrictPrecision.ShouldBe(1.0, Tolerance);
    }

    [Fact]
    public void Should_give_zero_and_not_fail_on_empty_input()
    {
        TempEvalScore s = TempEvalScorer.Compare([], []).Score;

        s.StrictF1.ShouldBe(0);
        s.ValueF1.ShouldBe(0);
    }
}
