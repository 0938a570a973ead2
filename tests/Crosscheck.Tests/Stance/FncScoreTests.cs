using Crosscheck.Lab.Stance;
using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;
using static Crosscheck.Kinds.Claims.Stance.StanceLabel;

namespace Crosscheck.Tests.Stance;

public sealed class FncScoreTests
{
    [Fact]
    public void Should_weight_unrelated_quarter_and_related_labels_fully()
    {
        // agree right: 0.25 + 0.75; unrelated right: 0.25; discuss as agree: 0.25 (both related); disagree as unrelated: 0.
        FncScore s = FncScore.Of([(Agree, Agree), (Unrelated, Unrelated), (Discuss, Agree), (Disagree, Unrelated)]);

        s.Score.ShouldBe(1.5, 1e-9);
        s.MaxScore.ShouldBe(3.25, 1e-9);
        s.Percent.ShouldBe(100 * 1.5 / 3.25, 1e-9);
    }

    [Fact]
    public void Should_give_nothing_for_a_related_guess_on_an_unrelated_pair()
    {
        FncScore s = FncScore.Of([(Unrelated, Discuss), (Unrelated, Agree)]);

        s.Score.ShouldBe(0);
        s.MaxScore.ShouldBe(0.5, 1e-9);
    }

    [Fact]
    public void Should_score_perfect_predictions_at_100_percent()
    {
        FncScore s = FncScore.Of(StanceLabels.All.Select(l => (l, l)));

        s.Percent.ShouldBe(100, 1e-9);
        s.MacroF1.ShouldBe(1, 1e-9);
    }

    [Fact]
    public void Should_compute_per_class_and_macro_F1_and_the_confusion_matrix()
    {
        // Gold A A G S U U, predicted A S G S U A (G = disagree, S = discuss).
        FncScore s = FncScore.Of([(Agree, Agree), (Agree, Discuss), (Disagree, Disagree), (Discuss, Discuss), (Unrelated, Unrelated), (Unrelated, Agree)]);

        s.F1(Agree).ShouldBe(0.5, 1e-9);
        s.F1(Disagree).ShouldBe(1, 1e-9);
        s.F1(Discuss).ShouldBe(2.0 / 3, 1e-9);
        s.F1(Unrelated).ShouldBe(2.0 / 3, 1e-9);
        s.MacroF1.ShouldBe((0.5 + 1 + (2.0 / 3) + (2.0 / 3)) / 4, 1e-9);
        s.Confusion(Unrelated, Agree).ShouldBe(1);
        s.Confusion(Agree, Discuss).ShouldBe(1);
        s.Confusion(Agree, Agree).ShouldBe(1);
        s.Format().ShouldContain("macro-F1        0.7083");
    }
}
