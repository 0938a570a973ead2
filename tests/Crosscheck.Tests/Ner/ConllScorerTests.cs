using Crosscheck.Lab.Evaluation.Conll;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ner;

/// <summary>conlleval's exact-span scores on a small hand-made example whose figures are worked out by hand.</summary>
public sealed class ConllScorerTests
{
    [Fact]
    public void Should_score_exact_typed_spans_as_conlleval()
    {
        // Given gold ORG, PER, LOC, and a prediction with the ORG and the LOC right, the PER one word too long,
        // and a spurious MISC in a second sentence.
        var scorer = new ConllScorer();
        scorer.Add(["I-ORG", "O", "I-PER", "O", "O", "I-LOC", "O"], ["I-ORG", "O", "I-PER", "I-PER", "O", "I-LOC", "O"]);
        scorer.Add(["O", "O"], ["I-MISC", "O"]);

        // Then 2 of 4 predicted are right (P = 0.5) and 2 of 3 gold are found (R = 2/3): F1 = 4/7.
        ConllScore all = scorer.Overall;
        (all.Gold, all.Predicted, all.Correct).ShouldBe((3, 4, 2));
        all.Precision.ShouldBe(0.5);
        all.Recall.ShouldBe(2.0 / 3, 1e-12);
        all.F1.ShouldBe(4.0 / 7, 1e-12);
        scorer.Accuracy.ShouldBe(7.0 / 9, 1e-12);
        scorer.ByType.Select(s => (s.Type, s.Gold, s.Predicted, s.Correct)).ShouldBe(
            [("LOC", 1, 1, 1), ("MISC", 0, 1, 0), ("ORG", 1, 1, 1), ("PER", 1, 1, 0)]);
        scorer.Report().ShouldContain("FB1:  57.14");
    }

    [Fact]
    public void Should_count_a_b_split_entity_as_two()
    {
        // IOB1 "B-" splits two touching entities: predicting them as one is wrong twice and right never.
        var scorer = new ConllScorer();
        scorer.Add(["I-PER", "B-PER"], ["I-PER", "I-PER"]);

        (scorer.Overall.Gold, scorer.Overall.Predicted, scorer.Overall.Correct).ShouldBe((2, 1, 0));
    }
}
