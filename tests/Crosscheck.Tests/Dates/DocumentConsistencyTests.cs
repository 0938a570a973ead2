using Crosscheck.Kinds.Dates;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

/// <summary>Years taken from the rest of the document, and future wording resolved forwards.</summary>
public sealed class DocumentConsistencyTests
{
    /// <summary>A Monday.</summary>
    private const string Monday = "2014-08-04";

    private static TemporalExpression Find(string text, string expression, string reference = Monday)
    {
        PartialDate.TryParse(reference, out PartialDate r).ShouldBeTrue();
        IReadOnlyList<TemporalExpression> found = TemporalRecognizer.Recognize(text, new TemporalAnchor(r, true));
        TemporalExpression? e = found.LastOrDefault(x => x.Text == expression);
        e.ShouldNotBeNull($"'{expression}' not found in '{text}'; found: {string.Join(" | ", found.Select(x => x.Text))}");
        return e;
    }

    [Theory]
    // The same month and day written in full elsewhere gives the year, before or after.
    [InlineData("The hijackings of Sept. 11, 2001 changed air travel. We found out on September 11 what planes can do.", "September 11", "2001-09-11")]
    [InlineData("On 11 March the trains were bombed. The attacks of 11 March 2004 killed 193 people.", "11 March", "2004-03-11")]
    // A sentence that opens on a year frames the month-days after it in the same paragraph.
    [InlineData("In 2013, the pope spoke twice. He addressed the crowd on Nov. 26 at the Vatican.", "Nov. 26", "2013-11-26")]
    [InlineData("On March 3, 2012, the mine collapsed. Rescuers reached the men on March 9.", "March 9", "2012-03-09")]
    public void Should_take_the_year_the_document_gives(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Date.ToString().ShouldBe(value);
        e.Kind.ShouldBe(DateKind.Partial);
        e.Inferred.ShouldBeTrue();
    }

    [Theory]
    // A year inside a sentence is background, not the frame of what follows.
    [InlineData("Smith, who was arrested in 2012, was released on July 20 after a hearing.", "July 20", "2014-07-20")]
    // A new paragraph ends the frame.
    [InlineData("In 2013, the pope spoke twice.\nHe addressed the crowd on July 26 at the Vatican.", "July 26", "2014-07-26")]
    // A date relative to the present ends the frame.
    [InlineData("In 2013, the pope spoke twice. On Friday he said the audience of July 26 was moving.", "July 26", "2014-07-26")]
    // A month-day before the framing date does not take its year.
    [InlineData("On Nov. 22, 2012, he was kidnapped. He was seen again on July 28.", "July 28", "2014-07-28")]
    // A framed date may not lie after the reference.
    [InlineData("In 2014, the crops failed. By Sept. 30 the price had doubled.", "Sept. 30", "2014-09-30")]
    public void Should_not_take_a_year_that_does_not_frame_the_date(string text, string expression, string value)
    {
        Find(text, expression).Date.ToString().ShouldBe(value);
    }

    [Theory]
    [InlineData("A press conference about the lawsuit is set for 1:00 p.m. Tuesday at the court.", "1:00 p.m. Tuesday", "2014-08-05")]
    [InlineData("The vote is scheduled for Friday in the assembly.", "Friday", "2014-08-08")]
    [InlineData("The envoy will arrive in the capital on Thursday for talks.", "Thursday", "2014-08-07")]
    [InlineData("Ahead of the upcoming Saturday rally, police closed roads.", "Saturday", "2014-08-09")]
    [InlineData("The report is due on Wednesday, officials said.", "Wednesday", "2014-08-06")]
    [InlineData("He is due to appear in court on Thursday.", "Thursday", "2014-08-07")]
    [InlineData("The court met Tuesday to hear the case.", "Tuesday", "2014-07-29")]
    [InlineData("The meeting, which was scheduled for Friday, did not take place.", "Friday", "2014-08-01")]
    public void Should_resolve_future_wording_forwards(string text, string expression, string value)
    {
        Find(text, expression).Date.ToString().ShouldBe(value);
    }

    [Theory]
    [InlineData("The watch is set to debut in April, the company said.", "April", "2015-04")]
    [InlineData("The new line will open on Jan. 15 to passengers.", "Jan. 15", "2015-01-15")]
    [InlineData("The line opened on Jan. 15 to passengers.", "Jan. 15", "2014-01-15")]
    public void Should_put_a_month_in_a_future_clause_after_the_reference(string text, string expression, string value)
    {
        Find(text, expression).Date.ToString().ShouldBe(value);
    }
}
