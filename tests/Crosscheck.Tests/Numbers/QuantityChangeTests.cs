using Crosscheck.Kinds.Numbers;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Numbers;

/// <summary>What the recognizer says about changes, conversions, signs and vague words (used by analyze and the NewsQuant evaluation).</summary>
public sealed class QuantityChangeTests
{
    [Theory]
    [InlineData("Shares rose 5% on Monday.", QuantityDirection.Up)]
    [InlineData("Shares were up 5% on Monday.", QuantityDirection.Up)]
    [InlineData("Sales fell by 1.1% in May.", QuantityDirection.Down)]
    [InlineData("The index closed +0.8% higher.", QuantityDirection.Up)]
    [InlineData("The defense gave up 517 yards.", QuantityDirection.None)]
    [InlineData("The startup raised $5 million.", QuantityDirection.None)]
    [InlineData("The bank raised rates by 0.25%.", QuantityDirection.Up)]
    [InlineData("Turnout was 45% in the city.", QuantityDirection.None)]
    public void Should_read_whether_an_amount_is_a_rise_or_a_fall(string text, QuantityDirection direction) =>
        QuantityRecognizer.Recognize(text).First(q => q.IsAmount).Direction.ShouldBe(direction);

    [Fact]
    public void Should_keep_both_ends_of_a_change_and_link_them()
    {
        // Given a count that rose from one figure to another
        IReadOnlyList<Quantity> found = QuantityRecognizer.Recognize("The toll rose from 115 to 133 on Sunday.");

        // Then both figures stay amounts of their own (not a range), and the second knows where it started
        found.Count.ShouldBe(2);
        found.ShouldAllBe(q => !q.IsRange);
        found[1].Value.ShouldBe(133);
        found[1].From.ShouldBeSameAs(found[0]);
        found[0].From.ShouldBeNull();
    }

    [Fact]
    public void Should_not_take_the_level_reached_after_a_change_for_a_range()
    {
        IReadOnlyList<Quantity> found = QuantityRecognizer.Recognize("The deficit increased by $43.6 billion to $419.2 billion.");

        found.Select(q => q.Value).ShouldBe([43_600_000_000, 419_200_000_000]);
        found.ShouldAllBe(q => !q.IsRange);
    }

    [Theory]
    [InlineData("Prices range from $200,000 to $4 million.", 200_000, 4_000_000)]
    [InlineData("It will cost $2-3 million.", 2_000_000, 3_000_000)]
    [InlineData("Fees are between 5% and 6% a year.", 5, 6)]
    [InlineData("Fees run from 1 per cent to 1.5 per cent.", 1, 1.5)]
    public void Should_read_ranges_with_the_scale_or_unit_where_it_is_written(string text, double low, double high)
    {
        Quantity q = QuantityRecognizer.Recognize(text).Single(q => q.IsAmount);

        q.Value.ShouldBe(low);
        q.High.ShouldBe(high);
        q.Qualifier.ShouldBe(Qualifier.AtLeast); // a range bounds the amount from below for analyze
        q.WrittenQualifier.ShouldBe(Qualifier.Exact);
    }

    [Fact]
    public void Should_give_a_conversion_in_brackets_the_qualifier_of_the_amount_before()
    {
        IReadOnlyList<Quantity> found = QuantityRecognizer.Recognize("It produces just under 296 hp (224 kW) at the top.");

        found.Select(q => q.Qualifier).ShouldBe([Qualifier.FewerThan, Qualifier.FewerThan]);
    }

    [Theory]
    [InlineData("It was minus 12 degrees at dawn.", -12)]
    [InlineData("The balance fell to $-50.8bn in April.", -50_800_000_000)]
    public void Should_read_negative_amounts(string text, double value) =>
        QuantityRecognizer.Recognize(text).First(q => q.IsAmount).Value.ShouldBe(value);

    [Theory]
    [InlineData("Dozens of boats were lost.", 24, 12)]
    [InlineData("Tens of thousands of fans came.", 20_000, 10_000)]
    public void Should_keep_the_lower_bound_and_the_magnitude_of_a_vague_word(string text, double value, double magnitude)
    {
        Quantity q = QuantityRecognizer.Recognize(text).Single();

        q.Value.ShouldBe(value);
        q.IsVague.ShouldBeTrue();
        q.VagueMagnitude.ShouldBe(magnitude);
    }
}
