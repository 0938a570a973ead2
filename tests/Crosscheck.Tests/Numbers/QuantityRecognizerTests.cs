using Crosscheck.Kinds.Numbers;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Numbers;

public sealed class QuantityRecognizerTests
{
    [Theory]
    [InlineData("They counted more than 6,000 people.", "more than 6,000", 6000, Qualifier.MoreThan, QuantityKind.Count)]
    [InlineData("The fund holds 1.5 million records.", "1.5 million", 1_500_000, Qualifier.Exact, QuantityKind.Count)]
    [InlineData("Twenty-three years passed.", "Twenty-three years", 23, Qualifier.Exact, QuantityKind.Measurement)]
    [InlineData("Police held eleven men.", "eleven", 11, Qualifier.Exact, QuantityKind.Count)]
    [InlineData("She bought a dozen eggs.", "a dozen", 12, Qualifier.Exact, QuantityKind.Count)]
    [InlineData("He invited two hundred and five guests.", "two hundred and five", 205, Qualifier.Exact, QuantityKind.Count)]
    [InlineData("It closed in 2004 for good.", "2004", 2004, Qualifier.Exact, QuantityKind.Year)]
    [InlineData("Back in the 1990s it was small.", "1990s", 1990, Qualifier.Exact, QuantityKind.Decade)]
    [InlineData("The vote is on March 7 this year.", "7", 7, Qualifier.Exact, QuantityKind.Date)]
    [InlineData("It opened on 22 March 2024 downtown.", "22 March 2024", 22, Qualifier.Exact, QuantityKind.Date)]
    [InlineData("The doors close at 10 p.m. sharp.", "10 p.m.", 10, Qualifier.Exact, QuantityKind.Time)]
    [InlineData("The train left at 18:30 today.", "18:30", 18, Qualifier.Exact, QuantityKind.Time)]
    [InlineData("It was her 26th birthday.", "26th", 26, Qualifier.Exact, QuantityKind.Ordinal)]
    [InlineData("Turnout reached 45% in the city.", "45%", 45, Qualifier.Exact, QuantityKind.Percent)]
    [InlineData("Turnout fell to 12 per cent there.", "12 per cent", 12, Qualifier.Exact, QuantityKind.Percent)]
    [InlineData("Repairs cost about $5 million last year.", "about $5 million", 5_000_000, Qualifier.About, QuantityKind.Money)]
    [InlineData("Tickets cost 300 roubles each.", "300 roubles", 300, Qualifier.Exact, QuantityKind.Money)]
    [InlineData("A third of voters stayed home.", "A third", 1.0 / 3, Qualifier.Exact, QuantityKind.Fraction)]
    [InlineData("A 19-year-old man was charged.", "19", 19, Qualifier.Exact, QuantityKind.Age)]
    [InlineData("The farm lies 12 miles from town.", "12 miles", 12, Qualifier.Exact, QuantityKind.Measurement)]
    [InlineData("It was a 24-hour shift.", "24-hour", 24, Qualifier.Exact, QuantityKind.Measurement)]
    [InlineData("They expect 300 or more visitors.", "300 or more", 300, Qualifier.AtLeast, QuantityKind.Count)]
    [InlineData("The hall seats up to 40 guests.", "up to 40", 40, Qualifier.UpTo, QuantityKind.Count)]
    [InlineData("There were fewer than 20 boats.", "fewer than 20", 20, Qualifier.FewerThan, QuantityKind.Count)]
    [InlineData("The club admits at most 7 members.", "at most 7", 7, Qualifier.AtMost, QuantityKind.Count)]
    [InlineData("They planted almost 90 trees.", "almost 90", 90, Qualifier.Nearly, QuantityKind.Count)]
    [InlineData("They fed roughly 400 horses.", "roughly 400", 400, Qualifier.About, QuantityKind.Count)]
    [InlineData("Dozens of volunteers came.", "Dozens", 24, Qualifier.AtLeast, QuantityKind.Count)]
    [InlineData("Scores were hurt in the crush.", "Scores", 40, Qualifier.AtLeast, QuantityKind.Count)]
    [InlineData("Hundreds of thousands marched.", "Hundreds of thousands", 200_000, Qualifier.AtLeast, QuantityKind.Count)]
    [InlineData("Passengers of Flight 370 waited.", "370", 370, Qualifier.Exact, QuantityKind.Identifier)]
    [InlineData("The 9/11 attacks changed it.", "9/11", 9, Qualifier.Exact, QuantityKind.Identifier)]
    [InlineData("See Brief #134 for more.", null, 0, Qualifier.Exact, QuantityKind.Count)]
    [InlineData("Call 273-0325 today.", "273-0325", 273, Qualifier.Exact, QuantityKind.Identifier)]
    public void Should_recognize_value_qualifier_and_kind(string text, string? expectedText, double value, Qualifier qualifier, QuantityKind kind)
    {
        // Given a sentence with one number, When it is recognized
        IReadOnlyList<Quantity> found = QuantityRecognizer.Recognize(text);

        // Then the first quantity has the expected text, value, qualifier and kind
        if (expectedText is null)
        {
            found.ShouldBeEmpty();
            return;
        }

        found.ShouldNotBeEmpty(text);
        Quantity q = found[0];
        q.Text.ShouldBe(expectedText);
        q.Value.ShouldBe(value, 1e-9);
        q.Qualifier.ShouldBe(qualifier);
        q.Kind.ShouldBe(kind);
        q.Span.Slice(text).ShouldBe(q.Text);
    }

    [Theory]
    [InlineData("Between 5-10 people were hurt.", 5, 10)]
    [InlineData("It took 5 to 10 weeks.", 5, 10)]
    [InlineData("They built between 50 and 60 homes.", 50, 60)]
    [InlineData("Damage of $2-3 million was reported.", 2_000_000, 3_000_000)]
    public void Should_recognize_ranges(string text, double low, double high)
    {
        Quantity q = QuantityRecognizer.Recognize(text).First(x => x.IsAmount);
        q.Value.ShouldBe(low);
        q.High.ShouldBe(high);
        q.IsRange.ShouldBeTrue();
    }

    [Fact]
    public void Should_not_read_a_rise_from_one_value_to_another_as_a_range()
    {
        IReadOnlyList<Quantity> found = QuantityRecognizer.Recognize("The toll rose from 60 to 133.");
        found.Select(q => q.Value).ShouldBe([60, 133]);
        found.ShouldAllBe(q => q.High == null);
    }

    [Fact]
    public void Should_give_percent_and_money_units()
    {
        IReadOnlyList<Quantity> found = QuantityRecognizer.Recognize("Prices rose 7% while wages cost €40 billion.");
        found[0].Unit.ShouldBe("%");
        found[1].Unit.ShouldBe("EUR");
        found[1].Value.ShouldBe(40_000_000_000);
    }
}
