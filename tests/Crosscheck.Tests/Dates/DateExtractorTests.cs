using Crosscheck.Annotation;
using Crosscheck.Kinds.Dates;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

public sealed class DateExtractorTests
{
    private static IReadOnlyList<DateMention> Extract(string text, PartialDate? reference = null, bool referenceInferred = false)
    {
        var doc = new Document
        {
            Id = "d1",
            File = "d1.txt",
            Format = SourceFormat.PlainText,
            Text = text,
            ReferenceDate = reference ?? new PartialDate(2024, 3, 28),
            ReferenceInferred = referenceInferred,
        };
        AnnotatedDocument annotated = TextAnnotator.Annotate(doc);
        return new DateExtractor().Extract(annotated, new DocumentFindings("d1")).Dates;
    }

    [Fact]
    public void Should_emit_calendar_dates_with_spans_and_kinds_but_not_durations()
    {
        const string text = "On Thursday, the committee said the gunmen had trained for two weeks. The attack of 22 March 2024 killed 133. It met at 8 p.m. in 1999.";
        IReadOnlyList<DateMention> dates = Extract(text);
        dates.Select(d => (d.Text, d.Value?.ToString(), d.Kind)).ShouldBe([
            ("Thursday", "2024-03-28", DateKind.Relative),
            ("22 March 2024", "2024-03-22", DateKind.Absolute),
            ("1999", "1999", DateKind.Partial),
        ]);
        dates.ShouldAllBe(d => d.DocId == "d1" && text.Substring(d.Span.Start, d.Span.Length) == d.Text);
    }

    [Theory]
    [InlineData("On Thursday, Russia's investigators said that the gunmen had received money from abroad and had links to radicals.", "Thursday", "Russia's investigators said that the gunmen had received money from abroad and")]
    [InlineData("In an address to the nation last Saturday, the president vowed revenge.", "last Saturday", "In an address to the nation")]
    [InlineData("The attack of 22 March 2024 shocked the country.", "22 March 2024", "The attack shocked the country")]
    [InlineData("As of Saturday afternoon, the death toll stood at 133.", "Saturday afternoon", "the death toll stood at 133")]
    [InlineData("Critics forget that in May 2019, the rebels took responsibility for the bombing of the bridge.", "May 2019", "the rebels took responsibility for the bombing of the bridge")]
    [InlineData("She described it in a March 2019 letter to the board.", "March 2019", "She described it in a March 2019 letter to the board")]
    public void Should_describe_the_event_with_the_clause_around_the_date(string text, string expression, string expected)
    {
        DateMention d = Extract(text).Single(m => m.Text == expression);
        d.Event.ShouldBe(expected);
        d.Event!.Split(' ').Length.ShouldBeLessThanOrEqualTo(12);
    }

    [Fact]
    public void Should_mark_relative_dates_inferred_when_the_reference_was_inferred()
    {
        IReadOnlyList<DateMention> dates = Extract("The talks ended last Saturday. They began on 2 March 2024.", referenceInferred: true);
        dates.Select(d => (d.Text, d.Inferred)).ShouldBe([("last Saturday", true), ("2 March 2024", false)]);
    }

    [Fact]
    public void Should_keep_unresolvable_dates_with_a_null_value()
    {
        DateMention d = Extract("The embassy warned of such an attack weeks ago.").Single();
        d.Text.ShouldBe("weeks ago");
        d.Value.ShouldBeNull();
    }
}
