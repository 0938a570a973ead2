using Crosscheck.Lab.Evaluation.NewsQuant;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Evaluation;

/// <summary>The NewsQuant scorer on hand-made cases whose right scores are worked out by hand in each test.</summary>
public sealed class NewsQuantScorerTests
{
    private static NewsQuantQuantity Q(string value, string change = "=", string unit = "-") => new(value, change, unit, unit);

    private static NewsQuantSentence S(params NewsQuantQuantity[] quantities) => new("a sentence", quantities);

    private static NewsQuantScore Score(NewsQuantSentence[] gold, NewsQuantSentence[] predicted) => NewsQuantScorer.Score(gold, predicted);

    [Fact]
    public void Should_score_a_perfect_prediction_as_one()
    {
        // Given two sentences predicted exactly
        NewsQuantSentence[] gold = [S(Q("5.0"), Q("10.0", "up")), S()];

        // When scored against themselves
        NewsQuantScore score = Score(gold, gold);

        // Then every figure is 1
        score.Value.ShouldBe(new PrecisionRecall(2, 2, 2));
        score.Value.F1.ShouldBe(1.0);
        score.ValueChange.F1.ShouldBe(1.0);
        score.UnitAccuracy.ShouldBe(1.0);
        score.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Should_count_a_right_value_with_a_wrong_change_for_value_only()
    {
        // Given gold {5 =, 10 up} and predictions {5 ~, 10 up, 7 =}
        NewsQuantSentence[] gold = [S(Q("5.0"), Q("10.0", "up"))];
        NewsQuantSentence[] predicted = [S(Q("5", "~"), Q("10", "up"), Q("7"))];

        // When scored
        NewsQuantScore score = Score(gold, predicted);

        // Then value: 2 right of 2 gold, 3 predicted: P 2/3, R 1, F1 0.8;
        // value + change: 1 right: P 1/3, R 1/2, F1 0.4
        score.Value.ShouldBe(new PrecisionRecall(2, 2, 3));
        score.Value.Precision.ShouldBe(2.0 / 3, 1e-12);
        score.Value.Recall.ShouldBe(1.0);
        score.Value.F1.ShouldBe(0.8, 1e-12);
        score.ValueChange.ShouldBe(new PrecisionRecall(1, 2, 3));
        score.ValueChange.F1.ShouldBe(0.4, 1e-12);
        score.Errors.Select(e => e.Kind).ShouldBe([NewsQuantErrorKind.WrongChange, NewsQuantErrorKind.Spurious], ignoreOrder: true);
    }

    [Fact]
    public void Should_match_ranges_only_with_ranges_of_the_same_ends_in_the_same_order()
    {
        // Given a gold range 252-287 and a gold single value 35
        NewsQuantSentence[] gold = [S(Q("252.0-287.0"), Q("35.0"))];

        // When the range is predicted as written, as its low end alone, or reversed
        NewsQuantScore right = Score(gold, [S(Q("252-287"), Q("35"))]);
        NewsQuantScore lowOnly = Score(gold, [S(Q("252"), Q("35"))]);
        NewsQuantScore reversed = Score(gold, [S(Q("287-252"), Q("35-35"))]);

        // Then only the range as written matches; a single value never matches a range
        right.Value.Correct.ShouldBe(2);
        lowOnly.Value.Correct.ShouldBe(1);
        reversed.Value.Correct.ShouldBe(0);
        reversed.Value.F1.ShouldBe(0);
    }

    [Fact]
    public void Should_match_one_to_one_within_a_sentence()
    {
        // Given two gold quantities of the same value, and one prediction of it
        NewsQuantSentence[] gold = [S(Q("1"), Q("1"))];

        // When one, or three, equal values are predicted
        NewsQuantScore one = Score(gold, [S(Q("1.0"))]);
        NewsQuantScore three = Score([S(Q("1"))], [S(Q("1"), Q("1"), Q("1"))]);

        // Then one prediction pairs with one gold quantity: P 1, R 1/2, F1 2/3; and one gold with one of three: P 1/3, R 1
        one.Value.ShouldBe(new PrecisionRecall(1, 2, 1));
        one.Value.F1.ShouldBe(2.0 / 3, 1e-12);
        three.Value.ShouldBe(new PrecisionRecall(1, 1, 3));
        three.Value.Precision.ShouldBe(1.0 / 3, 1e-12);
    }

    [Fact]
    public void Should_not_match_across_sentences()
    {
        // Given 5 in the first sentence and 7 in the second
        NewsQuantSentence[] gold = [S(Q("5")), S(Q("7"))];

        // When the values are predicted in the wrong sentences
        NewsQuantScore score = Score(gold, [S(Q("7")), S(Q("5"))]);

        // Then nothing matches
        score.Value.ShouldBe(new PrecisionRecall(0, 2, 2));
    }

    [Fact]
    public void Should_pair_equal_values_so_that_most_changes_are_right()
    {
        // Given gold {5 up, 5 =} and predictions in the other order {5 =, 5 up}
        NewsQuantSentence[] gold = [S(Q("5", "up"), Q("5", "="))];

        // When scored
        NewsQuantScore score = Score(gold, [S(Q("5", "="), Q("5", "up"))]);

        // Then both pairs have the right change (a first-come pairing would get none)
        score.ValueChange.Correct.ShouldBe(2);
    }

    [Theory]
    [InlineData("1500000.0", "1500010", true)] // within 1e-5 relative
    [InlineData("100", "101", false)]
    [InlineData("0.3333333333333333", "0.33333", true)]
    [InlineData("0.333", "0.3333333333333333", false)]
    [InlineData("1.99E-29", "1.99e-29", true)]
    [InlineData("-50800000000.0", "-50800000000", true)]
    [InlineData("-5.0", "5", false)]
    [InlineData("3.0 - 4.0", "3-4", true)]
    [InlineData("1000000-10000000", "1000000.0-10000000.0", true)]
    [InlineData("2.0-0.0", "2", false)]
    [InlineData("n/a", "n/a", false)] // an unreadable value matches nothing
    public void Should_compare_values_as_numbers(string gold, string predicted, bool matches)
    {
        // Given one gold and one predicted value, When scored, Then they match or not
        Score([S(Q(gold))], [S(Q(predicted))]).Value.Correct.ShouldBe(matches ? 1 : 0);
    }

    [Fact]
    public void Should_measure_unit_accuracy_on_value_matches_only()
    {
        // Given three gold quantities, two matched by value: one with the gold unit, one with another unit
        NewsQuantSentence[] gold = [S(Q("5", unit: "percentage"), Q("7", unit: "dollar"), Q("9", unit: "mile"))];
        NewsQuantSentence[] predicted = [S(Q("5", unit: "percentage"), Q("7", unit: "euro"), Q("8", unit: "mile"))];

        // When scored
        NewsQuantScore score = Score(gold, predicted);

        // Then unit accuracy is 1 of 2
        score.UnitMatched.ShouldBe(1);
        score.UnitAccuracy.ShouldBe(0.5);
    }

    [Theory]
    [InlineData("dollar", "Dollar", true)]
    [InlineData("australian dollar", "dollar", true)]
    [InlineData("dollar per barrel", "dollar", false)]
    [InlineData("-", "-", true)]
    [InlineData("-", "percentage", false)]
    public void Should_compare_units_by_name_or_last_word(string gold, string predicted, bool same) =>
        NewsQuantScorer.UnitsMatch(gold, predicted).ShouldBe(same);

    [Fact]
    public void Should_refuse_predictions_for_a_different_number_of_sentences() =>
        Should.Throw<ArgumentException>(() => Score([S(), S()], [S()]));

    [Fact]
    public void Should_write_and_read_back_the_same_sentences()
    {
        // Given predicted sentences with a range, a unit and non-ASCII text
        NewsQuantSentence[] sentences = [new("Prices rose 5% to €3.2m.", [Q("5.0", "up", "percentage"), Q("3200000.0", "=", "euro")]), new("None here.", [])];
        string path = Path.Combine(Path.GetTempPath(), $"crosscheck-newsquant-{Guid.NewGuid():N}.json");
        try
        {
            // When written and read back
            NewsQuantWriter.Write(path, sentences);
            IReadOnlyList<NewsQuantSentence> read = NewsQuantReader.Read(path);

            // Then they are the same, in the same order
            read.Count.ShouldBe(2);
            read[0].Text.ShouldBe("Prices rose 5% to €3.2m.");
            read[0].Quantities.ShouldBe(sentences[0].Quantities);
            read[1].Quantities.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
