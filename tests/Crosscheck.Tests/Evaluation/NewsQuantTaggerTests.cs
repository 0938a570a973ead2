using Crosscheck.Lab.Evaluation.NewsQuant;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Evaluation;

/// <summary>
/// The quantity recognizer as NewsQuant reads it, one category per case: money, percentages, units, ranges,
/// fractions, scaled numbers, vague words, changes, and the numbers that are not quantities (years, dates,
/// ordinals, clock times, labels). Invented sentences, not taken from the data set.
/// </summary>
public sealed class NewsQuantTaggerTests
{
    [Theory]
    // money
    [InlineData("The firm paid $5 billion for the mill.", "= 5000000000.0")]
    [InlineData("A ticket costs €3.2m in the resale market.", "= 3200000.0")]
    [InlineData("Stamps cost 20 cents now.", "= 20.0")]
    [InlineData("The yacht sold for USD10m last week.", "= 10000000.0")]
    [InlineData("The house is worth $US1,250,000 today.", "= 1250000.0")]
    [InlineData("The plan cost HK $4.5m in all.", "= 4500000.0")]
    [InlineData("He paid $2bn for it.", "= 2000000000.0")]
    // percentages
    [InlineData("Turnout was 5% lower.", "= 5.0")]
    [InlineData("Turnout was 5 percent lower.", "= 5.0")]
    [InlineData("Inflation is 5.5 per cent this year.", "= 5.5")]
    [InlineData("The rate is 1.38pc now.", "= 1.38")]
    [InlineData("Error rates fell to .001 per cent.", "= 0.001")]
    // units
    [InlineData("The road is 12 km long.", "= 12.0")]
    [InlineData("The tanker holds 40,000 barrels of crude.", "= 40000.0")]
    [InlineData("The car makes 640bhp and weighs 1.6 tonnes.", "= 640.0; = 1.6")]
    [InlineData("The phone has 64GB of storage and a 120Hz screen.", "= 64.0; = 120.0")]
    [InlineData("The hall covers 1520 sq m of floor.", "= 1520.0")]
    [InlineData("It was minus 12 degrees Celsius at dawn.", "= -12.0")]
    // ranges
    [InlineData("Expect 20-24 stalls at the fair.", "= 20.0-24.0")]
    [InlineData("Expect between 3 and 5 stalls.", "= 3.0-5.0")]
    [InlineData("Expect 3 to 5 stalls.", "= 3.0-5.0")]
    [InlineData("Fees range from 1 per cent to 1.5 per cent.", "= 1.0-1.5")]
    [InlineData("Prices should rise between 5% and 6% next year.", "= 5.0-6.0")]
    [InlineData("Shares will sell for between $62 and $68 each.", "= 62.0-68.0")]
    [InlineData("Homes sell for $750,000 to $1 million there.", "= 750000.0-1000000.0")]
    [InlineData("It needs a 5-10W lamp.", "= 5.0-10.0")]
    // fractions
    [InlineData("A third of the seats were empty.", "= 0.3333333333333333")]
    [InlineData("Two-thirds of the seats were empty.", "= 0.6666666666666666")]
    [InlineData("One out of four voters stayed home.", "= 0.25")]
    [InlineData("A cup is 1/16 of a gallon.", "= 0.0625")]
    // scaled and vague
    [InlineData("The city has 1.5 million residents.", "= 1500000.0")]
    [InlineData("There were 4 hundred million viewers.", "= 400000000.0")]
    [InlineData("Dozens of boats were lost.", "= 12.0-120.0")]
    [InlineData("Tens of thousands of fans came.", "= 10000.0-100000.0")]
    // qualifiers and changes
    [InlineData("It has more than 700 branches.", "> 700.0")]
    [InlineData("It has about 700 branches.", "~ 700.0")]
    [InlineData("It has nearly 700 branches.", "~ 700.0")]
    [InlineData("It has less than 700 branches.", "< 700.0")]
    [InlineData("The grant is worth up to $8 million.", "< 8000000.0")]
    [InlineData("Shares rose 5% on Monday.", "up 5.0")]
    [InlineData("Sales fell by 1.1% in May.", "down 1.1")]
    [InlineData("The index was down 2.3% at noon.", "down 2.3")]
    [InlineData("The index closed +0.8% higher.", "up 0.8")]
    [InlineData("Shares plummeting 65% wiped out gains.", "down 65.0")]
    [InlineData("The defense gave up 517 yards.", "= 517.0")]
    [InlineData("Shares rose 9.4% to $84 on the news.", "up 9.4; = 84.0")]
    [InlineData("The deficit increased by $43.6 billion to $419.2 billion.", "up 43600000000.0; = 419200000000.0")]
    [InlineData("Weight dropped from 208 pounds to 193 over a year.", "= 208.0-193.0")]
    [InlineData("It has more than 7.5 million Danish crowns (US $1.1 million) in deposits.", "> 7500000.0; > 1100000.0")]
    // not quantities
    [InlineData("The plant opened in 2004 and closed on March 7.", "")]
    [InlineData("It was her 26th birthday at 10 p.m. in the 1990s.", "")]
    [InlineData("He watched BBC One on Flight 370.", "")]
    [InlineData("Each one they lose costs money.", "")]
    [InlineData("The office is at 49 Harbour View Road now.", "")]
    public void Should_tag_the_quantities_of_a_sentence(string sentence, string expected)
    {
        // Given an invented sentence, When it is tagged
        NewsQuantSentence tagged = NewsQuantTagger.Tag(sentence);

        // Then its quantities are the expected values and changes, in order
        string.Join("; ", tagged.Quantities.Select(q => $"{q.Change} {q.Value}")).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Prices rose 5% on Monday.", "percentage")]
    [InlineData("The firm paid $5 billion for it.", "dollar")]
    [InlineData("The road is 12 km long.", "kilometre")]
    [InlineData("It makes 6kW of power.", "kilowatt")]
    [InlineData("The firm hired 40 engineers.", "engineer")]
    public void Should_name_the_unit(string sentence, string unit) =>
        NewsQuantTagger.Tag(sentence).Quantities.ShouldHaveSingleItem().NormalizedUnit.ShouldBe(unit);
}
