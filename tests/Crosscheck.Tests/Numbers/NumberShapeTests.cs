using Crosscheck.Kinds.Numbers;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Numbers;

/// <summary>Numbers that are names, codes, ranges or vague amounts, on invented sentences.</summary>
public sealed class NumberShapeTests
{
    [Theory]
    [InlineData("He said his iPhone 6 Plus bends in a pocket.", 6)]
    [InlineData("iPhone 6 owners have complained.", 6)]
    [InlineData("The airline lost two French ATR-42 turboprop aircraft.", 42)]
    [InlineData("The air force flew F-16 jets over the city.", 16)]
    [InlineData("She upgraded the office to Windows 10 last year.", 10)]
    [InlineData("The Boeing 777 vanished over the sea.", 777)]
    [InlineData("Reviewers liked the Galaxy S5 more.", 5)]
    [InlineData("The app was ranked no. 1 in the store.", 1)]
    [InlineData("A source told Page Six about the rats.", 6)]
    [InlineData("The firm has floors 20 through 44 of the tower.", 20)]
    [InlineData("The firm has floors 20 through 44 of the tower.", 44)]
    [InlineData("The victim, Corporal Marlow, 24, was a reservist.", 24)]
    [InlineData("He hopes to father a sibling for his daughter Ana, two.", 2)]
    public void Should_not_read_a_model_name_or_label_as_an_amount(string text, double value)
    {
        // When the sentence is read
        IReadOnlyList<Quantity> found = QuantityRecognizer.Recognize(text);

        // Then the labelled number is no amount
        found.Where(q => q.IsAmount && q.Value == value).ShouldBeEmpty(text);
    }

    [Theory]
    [InlineData("Across Kenya 12 people died in the floods.", 12)]
    [InlineData("Only 5 survived the crossing.", 5)]
    [InlineData("In Paris, 12 people were hurt.", 12)]
    [InlineData("Gunmen Kill 12 People In Village Raid", 12)]
    public void Should_keep_a_count_after_a_capitalized_word_when_people_are_counted(string text, double value)
    {
        QuantityRecognizer.Recognize(text).ShouldContain(q => q.IsAmount && q.Kind == QuantityKind.Count && q.Value == value, text);
    }

    [Theory]
    [InlineData("var d = get_formatted_date('2014-12-03 07:11:48 -0500', 'update');")]
    [InlineData("google_color_border = \"000000\"; google_ad_width = 468;")]
    [InlineData("For tickets call 555-1234 before noon.")]
    [InlineData("For tickets call 1-800-555-0199 before noon.")]
    [InlineData("The site lists women aged 20-24 as most at risk.")]
    [InlineData("The panel has men between the ages of 39 and 74.")]
    public void Should_find_no_amount_in_codes_timestamps_and_age_ranges(string text)
    {
        QuantityRecognizer.Recognize(text).Where(q => q.IsAmount).Select(q => q.Text).ShouldBeEmpty(text);
    }

    [Theory]
    [InlineData("If they catch five or 10 of them, more got through.", 5, 10, QuantityKind.Count)]
    [InlineData("Two to three boats sank.", 2, 3, QuantityKind.Count)]
    [InlineData("Five or six people were hurt.", 5, 6, QuantityKind.Count)]
    [InlineData("The bands will range in price from $29 to $39.", 29, 39, QuantityKind.Money)]
    [InlineData("The buckle is worth $120-$360.", 120, 360, QuantityKind.Money)]
    [InlineData("Between 200-1000 people attended.", 200, 1000, QuantityKind.Count)]
    [InlineData("It takes 3 or 4 days.", 3, 4, QuantityKind.Measurement)]
    public void Should_read_ranges_and_alternatives_as_low_and_high(string text, double low, double high, QuantityKind kind)
    {
        // When the sentence is read
        Quantity q = QuantityRecognizer.Recognize(text).First(x => x.IsAmount);

        // Then the amount is one range, bounded from below
        q.Value.ShouldBe(low);
        q.High.ShouldBe(high);
        q.Kind.ShouldBe(kind);
        q.Qualifier.ShouldBe(Qualifier.AtLeast);
    }

    [Fact]
    public void Should_read_a_vague_sum_of_money_as_a_lower_bound()
    {
        Quantity q = QuantityRecognizer.Recognize("The group already has millions of dollars-worth of weapons.").Single();
        q.Kind.ShouldBe(QuantityKind.Money);
        q.Unit.ShouldBe("USD");
        q.IsVague.ShouldBeTrue();
        q.Qualifier.ShouldBe(Qualifier.AtLeast);
    }

    [Fact]
    public void Should_give_a_range_its_upper_end_and_interval()
    {
        // Given a count written as an alternative
        NumberMention n = NumberTestDocs.Extract("Officials said police arrested five or 10 of them.").Single();

        // Then the mention carries both ends, and allows exactly that interval
        n.Value.ShouldBe(5);
        n.ValueHigh.ShouldBe(10);
        n.Measure.ShouldBe("detained");
        NumberInterval i = NumberInterval.Of(n);
        (i.Low, i.High).ShouldBe((5d, 10d));
    }

    [Theory]
    [InlineData("Six people were killed in the strike. The other five victims have not been named.", 5, "killed")]
    [InlineData("Twelve people were injured in the blast. Three victims remain in hospital.", 3, "injured")]
    [InlineData("The raid killed nine people. The other four people were never found.", 4, "killed")]
    [InlineData("Six people, including the leader, were killed. The other five victims have not been named.", 5, "killed")]
    public void Should_take_the_measure_of_the_previous_count_for_victims(string text, double value, string measure)
    {
        NumberTestDocs.Single(text, value).Measure.ShouldBe(measure);
    }

    [Theory]
    [InlineData("The man was arrested five times in the city.", 5, null)]
    [InlineData("France paid for the release of four hostages held by the group.", 4, "hostages")]
    [InlineData("The April abduction of nearly 300 girls shocked the world.", 300, "hostages")]
    public void Should_read_occasions_and_abductions(string text, double value, string? measure)
    {
        NumberTestDocs.Single(text, value).Measure.ShouldBe(measure);
    }

    [Theory]
    [InlineData("The charity helps 40 victims of fraud every year.", 40, "victims")]
    [InlineData("Six people were killed. Weeks later, the town hired 20 people to rebuild.", 20, "people")]
    public void Should_not_guess_a_casualty_measure_without_an_antecedent_count_of_victims(string text, double value, string headNoun)
    {
        // No casualty measure is guessed: the count keeps only its head noun.
        NumberTestDocs.Single(text, value).Measure.ShouldBe(headNoun);
    }
}
