using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Numbers;

public sealed class NumberExtractorTests
{
    private static readonly PartialDate Reference = new(2023, 6, 10);

    [Theory]
    [InlineData("The explosion killed at least 12 people and injured more than 40 others.", 12, Qualifier.AtLeast, "killed")]
    [InlineData("The explosion killed at least 12 people and injured more than 40 others.", 40, Qualifier.MoreThan, "injured")]
    [InlineData("By evening the death toll had risen to 57.", 57, Qualifier.Exact, "killed")]
    [InlineData("The fire claimed 19 lives in the old town.", 19, Qualifier.Exact, "killed")]
    [InlineData("The storm left the deaths of nearly 30 fishermen behind it.", 30, Qualifier.Nearly, "killed")]
    [InlineData("The slaughter of some 200 villagers shocked the region.", 200, Qualifier.About, "killed")]
    [InlineData("Officers arrested nine suspects after the riot.", 9, Qualifier.Exact, "detained")]
    [InlineData("Two of the men were later taken into custody, and 14 protesters were detained.", 14, Qualifier.Exact, "detained")]
    [InlineData("Three gunmen opened fire on the market.", 3, Qualifier.Exact, "attackers")]
    [InlineData("Nearly two dozen people remain missing.", 24, Qualifier.Nearly, "missing")]
    [InlineData("The floods displaced up to 5,000 residents.", 5000, Qualifier.UpTo, "displaced")]
    [InlineData("Rescuers found dozens of bodies in the rubble.", 24, Qualifier.AtLeast, "killed")]
    [InlineData("Some 3,000 fans who had gathered at the stadium cheered.", 3000, Qualifier.About, "attendees")]
    [InlineData("Five sailors had been killed when the ship sank.", 5, Qualifier.Exact, "killed")]
    [InlineData("The blast wounded 31 and killed four.", 31, Qualifier.Exact, "injured")]
    [InlineData("The blast wounded 31 and killed four.", 4, Qualifier.Exact, "killed")]
    [InlineData("At least 70 were hurt in the stampede.", 70, Qualifier.AtLeast, "injured")]
    [InlineData("The raid on the village killed eight soldiers and scores of civilians.", 40, Qualifier.AtLeast, "killed")]
    [InlineData("Officials evacuated about 1,200 families from the valley.", 1200, Qualifier.About, "evacuated")]
    [InlineData("One side lost 20 men while the other had 11 killed, and 36 fighters in all were wounded.", 36, Qualifier.Exact, "injured")]
    public void Should_read_value_qualifier_and_measure(string text, double value, Qualifier qualifier, string measure)
    {
        // When the numbers of an invented sentence are extracted
        NumberMention n = NumberTestDocs.Single(text, value, Reference);

        // Then the count carries its qualifier and what it counts
        n.Qualifier.ShouldBe(qualifier);
        n.Measure.ShouldBe(measure);
        n.Span.Slice(text).ShouldBe(n.Text);
    }

    [Theory]
    [InlineData("The company paid $4.5 million to settle the case.", 4_500_000, Qualifier.Exact, "money_usd")]
    [InlineData("The appeal raised £300,000 in a week.", 300_000, Qualifier.Exact, "money_gbp")]
    [InlineData("The group demanded a $45-million ransom.", 45_000_000, Qualifier.Exact, "money_usd")]
    [InlineData("The club paid £300m for the ground.", 300_000_000, Qualifier.Exact, "money_gbp")]
    [InlineData("The damage will cost the owner half a million dollars.", 500_000, Qualifier.Exact, "money_usd")]
    [InlineData("Sales have topped $2,000 this week.", 2_000, Qualifier.MoreThan, "money_usd")]
    [InlineData("A stranger handed him forty bucks.", 40, Qualifier.Exact, "money_usd")]
    [InlineData("The rebels surrounded some 400 Freedonian soldiers near the dam.", 400, Qualifier.About, "soldiers")]
    [InlineData("Nearly 90 families are living in tents.", 90, Qualifier.Nearly, "families")]
    [InlineData("Dozens of protesters marched to the square.", 24, Qualifier.AtLeast, "protesters")]
    [InlineData("Four men with forged papers were stopped at the gate.", 4, Qualifier.Exact, "men")]
    [InlineData("Twelve smugglers have recently been arrested near the port.", 12, Qualifier.Exact, "detained")]
    [InlineData("At least six smugglers have been caught at the river.", 6, Qualifier.AtLeast, "detained")]
    [InlineData("Some 300 passengers were caught in the storm.", 300, Qualifier.About, "passengers")]
    [InlineData("Fifteen hikers vanished on the mountain.", 15, Qualifier.Exact, "missing")]
    [InlineData("Sixty people, mostly farmers, were arrested after the march.", 60, Qualifier.Exact, "detained")]
    [InlineData("Police detained 40 people, including 15 guards, after the riot.", 15, Qualifier.Exact, "detained")]
    [InlineData("Seven guards were taken to hospital after the fire.", 7, Qualifier.Exact, "injured")]
    [InlineData("Divers brought up the remains of five people.", 5, Qualifier.Exact, "killed")]
    [InlineData("The landslide took the lives of at least eight people.", 8, Qualifier.AtLeast, "killed")]
    [InlineData("Agents tapped the five men's phones.", 5, Qualifier.Exact, "men")]
    public void Should_measure_money_by_currency_and_other_counts_by_verb_or_head_noun(string text, double value, Qualifier qualifier, string measure)
    {
        NumberMention n = NumberTestDocs.Single(text, value, Reference);
        (n.Qualifier, n.Measure).ShouldBe((qualifier, measure));
    }

    [Theory]
    [InlineData("The 43 are from the north.", 43)]
    [InlineData("He tried 12 of them on Monday.", 12)]
    [InlineData("The team scored 3 in the last minute.", 3)]
    [InlineData("Agents tapped the five Rangers' phones.", 5)]
    [InlineData("The custom is thousands of years old.", 2000)]
    [InlineData("The rash had spread two or three inches higher.", 2)]
    public void Should_give_no_head_noun_when_the_phrase_has_none(string text, double value)
    {
        NumberTestDocs.Single(text, value, Reference).Measure.ShouldBeNull();
    }

    [Theory]
    [InlineData("In 2019, the company hired 300 workers at 10 p.m. on March 7.", 300.0)]
    [InlineData("Turnout was 45% and the damage cost $2.5 million in the 1990s.", 45.0)]
    [InlineData("It was the 26th such protest, and the first this year.", null)]
    public void Should_not_take_years_dates_times_or_ordinals_as_counts(string text, double? onlyAmount)
    {
        IReadOnlyList<NumberMention> numbers = NumberTestDocs.Extract(text, Reference);
        numbers.ShouldAllBe(n => n.Measure == null || n.Measure == "workers" || n.Measure == "money_usd");
        numbers.ShouldNotContain(n => n.Value == 2019 || n.Value == 10 || n.Value == 7 || n.Value == 26 || n.Value == 1990);
        if (onlyAmount is { } v)
        {
            numbers.ShouldContain(n => n.Value == v);
        }
        else
        {
            numbers.ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("In 2015, a similar bombing killed 30 people in the capital.", 30, false, "bombing, 2015")]
    [InlineData("The siege of the school in 2004, which claimed 330 lives, is still remembered.", 330, false, "siege, 2004")]
    [InlineData("Gunmen killed 30 people at a wedding on Saturday.", 30, true, null)]
    [InlineData("The agency had reported days earlier that four men had been killed in a police operation.", 4, false, "operation")]
    [InlineData("On the day of the attack, the army was shelling the port, killing at least nine people.", 9, false, "shelling")]
    [InlineData("In June 2023, rioters injured 12 officers.", 12, true, null)]
    [InlineData("Last year, a suicide bombing at the same market injured 45 people.", 45, false, "bombing")]
    [InlineData("An earlier suicide bombing injured 45 people.", 45, false, "bombing")]
    public void Should_tell_the_main_event_from_other_events(string text, double value, bool isMain, string? evt)
    {
        NumberMention n = NumberTestDocs.Single(text, value, Reference);
        n.IsMainEvent.ShouldBe(isMain);
        n.Event.ShouldBe(evt);
    }

    [Fact]
    public void Should_use_the_latest_year_mentioned_when_there_is_no_reference_date()
    {
        const string text = "The 2021 report is out. In 2018, floods displaced 900 people.";
        NumberMention n = NumberTestDocs.Single(text, 900, reference: null);
        n.IsMainEvent.ShouldBeFalse();
        n.Event.ShouldBe("floods, 2018");
    }

    [Theory]
    [InlineData("Health officials said that 25 people had died.", 25, "Health officials")]
    [InlineData("According to the Daily Planet, 80 people were hurt.", 80, "Daily Planet")]
    [InlineData("The Coast Guard reported that 14 sailors were missing.", 14, "Coast Guard")]
    [InlineData("At least 60 people were killed, police said.", 60, "police")]
    [InlineData("Gunmen killed 30 people at a wedding.", 30, null)]
    public void Should_find_the_holder_of_a_figure(string text, double value, string? holder)
    {
        NumberMention n = NumberTestDocs.Single(text, value, Reference);
        n.Holder.ShouldBe(holder);
    }

    [Fact]
    public void Should_give_a_quoted_figure_to_the_speaker_with_no_date()
    {
        // Given a quote found by the quote extractor around the figure
        const string text = "“We lost 17 colleagues,” said Jane Roe on Monday.";
        int start = text.IndexOf('“', StringComparison.Ordinal);
        int end = text.IndexOf('”', StringComparison.Ordinal) + 1;
        NumberMention n = NumberTestDocs.Single(text, 17, Reference, doc => new DocumentFindings(doc.Id)
        {
            Quotes = [new Quote(doc.Id, new TextSpan(start, end), "We lost 17 colleagues,", QuoteKind.Direct, "Jane Roe", null, "said")],
        });

        // Then the figure is the speaker's, as of an unknown date
        n.Holder.ShouldBe("Jane Roe");
        n.AsOf.ShouldBeNull();
    }

    [Fact]
    public void Should_take_the_date_given_in_the_sentence_as_the_time_of_the_figure()
    {
        const string text = "As of Sunday night, the death toll stood at 41.";
        var sunday = new PartialDate(2023, 6, 11);
        NumberMention n = NumberTestDocs.Single(text, 41, Reference, doc => new DocumentFindings(doc.Id)
        {
            Dates = [new DateMention(doc.Id, new TextSpan(6, 18), "Sunday night", DateKind.Relative, sunday, true, null)],
        });
        n.Measure.ShouldBe("killed");
        n.AsOf.ShouldBe(sunday);
        n.AsOfInferred.ShouldBeTrue();
    }

    [Fact]
    public void Should_fall_back_to_the_reference_date()
    {
        AnnotatedDocument doc = NumberTestDocs.Annotate("Gunmen killed 30 people.", Reference) with { };
        NumberMention n = NumberTestDocs.Single("Gunmen killed 30 people.", 30, Reference);
        n.AsOf.ShouldBe(Reference);
        n.DocId.ShouldBe(doc.Id);
    }

    [Fact]
    public void Should_use_the_fullest_entity_name_for_the_holder()
    {
        const string text = "Smith confirmed that police had detained 6 people.";
        NumberMention n = NumberTestDocs.Single(text, 6, Reference, doc => new DocumentFindings(doc.Id)
        {
            Entities = [new EntityMention(doc.Id, new TextSpan(0, 5), "Smith", EntityType.Person, "Anna Smith")],
        });
        n.Holder.ShouldBe("Anna Smith");
        n.Measure.ShouldBe("detained");
    }
}
