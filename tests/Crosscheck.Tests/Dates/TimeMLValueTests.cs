using Crosscheck.Kinds.Dates;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

/// <summary>TimeML extents, types and values of the recognizer, on invented news sentences (reference: Friday 13 February 1998).</summary>
public sealed class TimeMLValueTests
{
    private static TemporalExpression Find(string text, string expression, string reference = "1998-02-13")
    {
        PartialDate.TryParse(reference, out PartialDate r).ShouldBeTrue();
        IReadOnlyList<TemporalExpression> found = TemporalRecognizer.Recognize(text, new TemporalAnchor(r));
        TemporalExpression? e = found.FirstOrDefault(x => x.Text == expression);
        e.ShouldNotBeNull($"'{expression}' not found in '{text}'; found: {string.Join(" | ", found.Select(x => x.Text))}");
        return e;
    }

    [Theory]
    [InlineData("Stocks hit a low in the last twenty four hours of trading.", "the last twenty four hours", "PT24H")]
    [InlineData("Output fell over the past two months, the agency said.", "the past two months", "P2M")]
    [InlineData("Sales rose 8% in the first nine months.", "the first nine months", "P9M")]
    [InlineData("Earnings for the nine months rose.", "the nine months", "P9M")]
    [InlineData("The talks lasted nearly two years.", "nearly two years", "P2Y")]
    [InlineData("The flight took 2 1/2 hours.", "2 1/2 hours", "PT2H30M")]
    [InlineData("He waited a minute and a half.", "a minute and a half", "PT1M30S")]
    [InlineData("The region has been unstable for years.", "years", "PXY")]
    [InlineData("Prices doubled in recent months.", "recent months", "PXM")]
    [InlineData("It fell over the past two quarters.", "the past two quarters", "P2Q")]
    [InlineData("The rule held for two decades.", "two decades", "P20Y")]
    [InlineData("Repairs take two to three weeks.", "two to three weeks", "P3W")]
    public void Should_value_durations(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Type.ShouldBe(TimexType.Duration);
        e.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("The board meets every week.", "every week", "P1W")]
    [InlineData("The paper is published daily.", "daily", "P1D")]
    [InlineData("The fee is paid annually.", "annually", "P1Y")]
    [InlineData("The market opens every Friday.", "every Friday", "XXXX-WXX-5")]
    public void Should_value_sets(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Type.ShouldBe(TimexType.Set);
        e.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("The vote took place late Friday night.", "late Friday night", "1998-02-13TNI")]
    [InlineData("Troops moved in Thursday morning.", "Thursday morning", "1998-02-12TMO")]
    [InlineData("The court adjourned at 10 p.m. Wednesday.", "10 p.m. Wednesday", "1998-02-11T22:00")]
    [InlineData("Trading resumes at noon Thursday.", "noon Thursday", "1998-02-12T12:00")]
    [InlineData("The ministry spoke this afternoon.", "this afternoon", "1998-02-13TAF")]
    public void Should_value_times(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Type.ShouldBe(TimexType.Time);
        e.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("Now the alliance must decide.", "Now", "PRESENT_REF")]
    [InlineData("The firm currently employs 400 people.", "currently", "PRESENT_REF")]
    [InlineData("The search was recently extended.", "recently", "PAST_REF")]
    [InlineData("Such raids were common in the past.", "the past", "PAST_REF")]
    [InlineData("Talks may resume in the near future.", "the near future", "FUTURE_REF")]
    public void Should_value_fuzzy_references(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Type.ShouldBe(TimexType.Date);
        e.Value.ShouldBe(value);
        e.IsCalendar.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "1997-Q3")]
    [InlineData("Third-quarter profit rose.", "Third-quarter", "1997-Q3")]
    [InlineData("Profit rose in the quarter.", "the quarter", "1997-Q4")]
    [InlineData("Profit in the year-ago quarter was lower.", "the year-ago quarter", "1996-Q4")]
    [InlineData("Profit fell in the fourth quarter of 1990.", "the fourth quarter of 1990", "1990-Q4")]
    [InlineData("Sales slowed in the first half of 1996.", "the first half of 1996", "1996-H1")]
    [InlineData("Profit rose 5% in the third quarter. A year ago, it fell.", "A year ago", "1996-Q3")]
    public void Should_value_quarters_and_halves(string text, string expression, string value)
    {
        Find(text, expression).Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("The drought lasted through last summer.", "last summer", "1997-SU")]
    [InlineData("The plant will reopen next spring.", "next spring", "1999-SP")]
    [InlineData("The law passed this past spring.", "this past spring", "1997-SP")]
    [InlineData("Prices soared in the 1990s.", "the 1990s", "199")]
    [InlineData("Steel ruled the 20th century.", "the 20th century", "19")]
    [InlineData("He was born in nineteen fifty-six.", "nineteen fifty-six", "1956")]
    [InlineData("The deal closed at the end of 1994.", "the end of 1994", "1994")]
    [InlineData("Stocks fell last week.", "last week", "1998-W06")]
    [InlineData("Rain is forecast for the weekend.", "the weekend", "1998-W06-WE")]
    [InlineData("Results for fiscal 1989 were weak.", "fiscal 1989", "1989")]
    [InlineData("The index peaked in 1987 and fell.", "1987", "1987")]
    [InlineData("The boy was found on Thanksgiving Day at sea.", "Thanksgiving Day", "1997-11-27")]
    [InlineData("Shops closed on Christmas Eve.", "Christmas Eve", "1997-12-24")]
    [InlineData("The plant opened in June last year.", "June last year", "1997-06")]
    [InlineData("Floods hit in the winter of 1994.", "the winter of 1994", "1994-WI")]
    [InlineData("He moved to the capital in 1995. The following year he was elected.", "The following year", "1996")]
    public void Should_value_seasons_decades_weeks_and_years(string text, string expression, string value)
    {
        Find(text, expression).Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("He scored 1999 points.")]
    [InlineData("A quarter of the vote went to the left.")]
    [InlineData("They will march on the capital.")]
    public void Should_not_take_what_is_not_a_time(string text)
    {
        PartialDate.TryParse("1998-02-13", out PartialDate r).ShouldBeTrue();
        TemporalRecognizer.Recognize(text, new TemporalAnchor(r)).ShouldBeEmpty();
    }
}
