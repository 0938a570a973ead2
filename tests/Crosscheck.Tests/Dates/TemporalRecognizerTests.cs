using Crosscheck.Kinds.Dates;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

public sealed class TemporalRecognizerTests
{
    /// <summary>A Thursday.</summary>
    private const string Thursday = "2024-03-28";

    private static TemporalExpression Find(string text, string expression, string reference = Thursday, bool referenceInferred = false)
    {
        PartialDate.TryParse(reference, out PartialDate r).ShouldBeTrue();
        IReadOnlyList<TemporalExpression> found = TemporalRecognizer.Recognize(text, new TemporalAnchor(r, referenceInferred));
        TemporalExpression? e = found.FirstOrDefault(x => x.Text == expression);
        e.ShouldNotBeNull($"'{expression}' not found in '{text}'; found: {string.Join(" | ", found.Select(x => x.Text))}");
        text.Substring(e.Span.Start, e.Span.Length).ShouldBe(e.Text);
        return e;
    }

    [Theory]
    [InlineData("The attack of 22 March 2024 shocked the country.", "22 March 2024", "2024-03-22")]
    [InlineData("Published April 01, 2024 by the desk.", "April 01, 2024", "2024-04-01")]
    [InlineData("On September 9, 2001, the president called.", "September 9, 2001", "2001-09-09")]
    [InlineData("The file is dated 2024-03-22 in the archive.", "2024-03-22", "2024-03-22")]
    [InlineData("Posted Mar. 28, 2024 at noon.", "Mar. 28, 2024", "2024-03-28")]
    [InlineData("The hearing opened on Friday, March 22, 2024 in the capital.", "Friday, March 22, 2024", "2024-03-22")]
    [InlineData("It was the 3rd of May 2019 when the law passed.", "3rd of May 2019", "2019-05-03")]
    [InlineData("KABUL, Afghanistan (AP) — DEC. 4, 2014 — The convoy left at dawn.", "DEC. 4, 2014", "2014-12-04")]
    [InlineData("Filed SEPTEMBER 21, 2014 from the capital.", "SEPTEMBER 21, 2014", "2014-09-21")]
    public void Should_read_absolute_dates(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Date.ToString().ShouldBe(value);
        e.Kind.ShouldBe(DateKind.Absolute);
        e.Inferred.ShouldBeFalse();
        e.Type.ShouldBe(TimexType.Date);
    }

    [Theory]
    [InlineData("Mar 28", "Mar 28", "2024-03-28", true)]
    [InlineData("The embassy warned on March 7th of a plot.", "March 7th", "2024-03-07", true)]
    [InlineData("The ministry spoke on March 24 about it.", "March 24", "2024-03-24", true)]
    [InlineData("On 7 March the agency reported a raid.", "7 March", "2024-03-07", true)]
    [InlineData("In 1999, a series of bombings struck the city.", "1999", "1999", false)]
    [InlineData("The group was founded in August 2021 abroad.", "August 2021", "2021-08", false)]
    [InlineData("The caliphate was declared in June 2014 in the region.", "June 2014", "2014-06", false)]
    [InlineData("Officials met in early 2023 to plan it.", "early 2023", "2023", false)]
    [InlineData("The group emerged in late-2014 and grew.", "late-2014", "2014", false)]
    [InlineData("Talks resumed in mid-March after a pause.", "mid-March", "2024-03", true)]
    [InlineData("The offices have been closed since May of this year.", "May", "2024-05", true)]
    [InlineData("He worked there between 1995 and 1998 as an aide.", "1998", "1998", false)]
    [InlineData("The report of 2021 said so.", "2021", "2021", false)]
    public void Should_read_partial_dates(string text, string expression, string value, bool inferred)
    {
        TemporalExpression e = Find(text, expression);
        e.Date.ToString().ShouldBe(value);
        e.Kind.ShouldBe(DateKind.Partial);
        e.Inferred.ShouldBe(inferred);
    }

    [Theory]
    [InlineData("Wars stretching back to the 1990s left scars.", "the 1990s", "199")]
    [InlineData("Music of the early 2000s returned.", "the early 2000s", "200")]
    public void Should_value_decades_without_a_calendar_date(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Value.ShouldBe(value);
        e.Date.ShouldBeNull();
        e.Kind.ShouldBe(DateKind.Partial);
    }

    [Theory]
    [InlineData("In an address last Saturday, he spoke.", "last Saturday", "2024-03-23")]
    [InlineData("On Monday the suspects appeared in court.", "Monday", "2024-03-25")]
    [InlineData("On Thursday, the committee said it had evidence.", "Thursday", "2024-03-28")]
    [InlineData("Gunmen stormed the venue late Friday, killing many.", "late Friday", "2024-03-22")]
    [InlineData("The plot was unveiled Friday night at a mall.", "Friday night", "2024-03-22")]
    [InlineData("As of Saturday afternoon, the toll stood at 133.", "Saturday afternoon", "2024-03-23")]
    [InlineData("By mid Saturday, all four had been caught.", "mid Saturday", "2024-03-23")]
    [InlineData("Minister Ivanov vowed last year to strike back.", "last year", "2023")]
    [InlineData("Losses will mount this year, he said.", "this year", "2024")]
    [InlineData("The warning was passed earlier this month to officials.", "earlier this month", "2024-03")]
    [InlineData("Prices rose last month in the region.", "last month", "2024-02")]
    [InlineData("The minister resigned yesterday after the vote.", "yesterday", "2024-03-27")]
    [InlineData("The court sits today in the capital.", "today", "2024-03-28")]
    [InlineData("The bridge was closed two days ago by the police.", "two days ago", "2024-03-26")]
    [InlineData("He left a week ago without a word.", "a week ago", "2024-03-21")]
    [InlineData("Early this month, agents learned of the plan.", "Early this month", "2024-03")]
    [InlineData("The rally will take place next Monday downtown.", "next Monday", "2024-04-01")]
    [InlineData("The president will meet the envoy on Monday.", "Monday", "2024-04-01")]
    [InlineData("On Monday, the court will rule on the appeal.", "Monday", "2024-04-01")]
    [InlineData("Police said last night that two men were held.", "last night", "2024-03-27")]
    public void Should_resolve_relative_dates_against_the_reference(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Date.ToString().ShouldBe(value);
        e.Kind.ShouldBe(DateKind.Relative);
        e.Inferred.ShouldBeFalse();
    }

    [Theory]
    [InlineData("The talks ended on Monday.", "2024-03-25", "2024-03-25")]
    [InlineData("The talks ended last Monday.", "2024-03-25", "2024-03-18")]
    [InlineData("The talks ended last Sunday.", "2024-03-25", "2024-03-24")]
    [InlineData("The talks end next Monday.", "2024-03-25", "2024-04-01")]
    [InlineData("The talks ended on Wednesday.", "2024-03-25", "2024-03-20")]
    public void Should_apply_the_weekday_conventions(string text, string reference, string value)
    {
        TemporalExpression e = TemporalRecognizer.Recognize(text, new TemporalAnchor(Parse(reference))).Single();
        e.Date.ToString().ShouldBe(value);
    }

    [Theory]
    [InlineData("The fire broke out on December 28.", "2024-01-05", "2023-12-28")]
    [InlineData("The summit is set for May 20.", "2024-03-28", "2024-05-20")]
    [InlineData("The law passed on June 15.", "2024-03-28", "2023-06-15")]
    [InlineData("The law passed on March 30.", "2024-03-28", "2024-03-30")]
    [InlineData("Talks began in November.", "2024-03-28", "2023-11")]
    [InlineData("The firm was sold last March.", "2024-03-28", "2023-03")]
    public void Should_infer_the_year_of_a_day_and_month(string text, string reference, string value)
    {
        TemporalExpression e = TemporalRecognizer.Recognize(text, new TemporalAnchor(Parse(reference))).Single();
        e.Date.ToString().ShouldBe(value);
        e.Inferred.ShouldBeTrue();
    }

    [Theory]
    [InlineData("On 11 September 2001 he called. Two days earlier, he had warned him.", "Two days earlier", "2001-09-09")]
    [InlineData("On September 9, 2001 he warned him. Two days later the attack came.", "Two days later", "2001-09-11")]
    [InlineData("On 7 March the outlet reported a raid. A week later, it reported another.", "A week later", "2024-03-14")]
    [InlineData("The deal was signed on 2 May 2020. The next day, shares rose.", "The next day", "2020-05-03")]
    public void Should_count_from_the_date_mentioned_before(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Date.ToString().ShouldBe(value);
        e.Kind.ShouldBe(DateKind.Relative);
    }

    [Theory]
    [InlineData("The embassy warned of such an attack weeks ago.", "weeks ago", "PAST_REF")]
    [InlineData("Troops left several years ago.", "several years ago", "PAST_REF")]
    public void Should_leave_vague_past_references_unresolved(string text, string expression, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Date.ShouldBeNull();
        e.Value.ShouldBe(value);
        e.Kind.ShouldBe(DateKind.Relative);
    }

    [Theory]
    [InlineData("They returned last Saturday.", "last Saturday", false, false)]
    [InlineData("They returned last Saturday.", "last Saturday", true, true)]
    [InlineData("They returned on March 7.", "March 7", false, true)]
    [InlineData("They returned on 22 March 2024.", "22 March 2024", true, false)]
    [InlineData("They returned in 1999.", "1999", true, false)]
    public void Should_mark_values_resting_on_an_inferred_year_or_reference(string text, string expression, bool referenceInferred, bool inferred)
    {
        Find(text, expression, referenceInferred: referenceInferred).Inferred.ShouldBe(inferred);
    }

    [Theory]
    [InlineData("The plot was unveiled Friday night at a mall.", "Friday night", TimexType.Time, "2024-03-22TNI")]
    [InlineData("The strike lasted two days in all.", "two days", TimexType.Duration, "P2D")]
    [InlineData("It ran for the past 18 months without pause.", "the past 18 months", TimexType.Duration, "P18M")]
    [InlineData("The flight takes 19 hours to arrive.", "19 hours", TimexType.Duration, "PT19H")]
    [InlineData("The market opens every Friday in town.", "every Friday", TimexType.Set, "XXXX-WXX-5")]
    [InlineData("The paper is printed daily in the city.", "daily", TimexType.Set, "P1D")]
    [InlineData("The blast came at 8 p.m. near the square.", "8 p.m.", TimexType.Time, "2024-03-28T20:00")]
    [InlineData("Ministers met last week in the capital.", "last week", TimexType.Date, "2024-W12")]
    [InlineData("The clinic opens this summer in the town.", "this summer", TimexType.Date, "2024-SU")]
    [InlineData("Wars stretching back to the 1990s left scars.", "the 1990s", TimexType.Date, "199")]
    [InlineData("The attack of 22 March 2024 shocked the country.", "22 March 2024", TimexType.Date, "2024-03-22")]
    public void Should_give_timeml_types_and_values(string text, string expression, TimexType type, string value)
    {
        TemporalExpression e = Find(text, expression);
        e.Type.ShouldBe(type);
        e.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("The assault killed 13 U.S. troops at the gate.")]
    [InlineData("Rescuers arrived in 19 hours after the quake.")]
    [InlineData("Foreign Policy Brief #134 | By: A. Writer")]
    [InlineData("Thousands will march on the capital.")]
    [InlineData("May I ask a question, he said.")]
    [InlineData("The storm destroyed 2000 homes and 1500 cars.")]
    [InlineData("The fund paid out in 2000 cases last decade.")]
    [InlineData("He scored 1999 points and 2014 rebounds.")]
    [InlineData("Prices rose 3.5 percent, from 1200 to 1300 dollars.")]
    [InlineData("Good Friday prayers drew crowds.")]
    [InlineData("According to the Sunday Times, the deal collapsed.")]
    public void Should_not_take_numbers_that_are_not_dates(string text)
    {
        IReadOnlyList<TemporalExpression> found = TemporalRecognizer.Recognize(text, new TemporalAnchor(Parse(Thursday)));
        found.Where(e => e.IsCalendar && e.Type is TimexType.Date or TimexType.Time && e.Date is { HasMonth: true } or { Year: >= 1000 })
            .ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_relative_dates_unresolved_without_a_reference()
    {
        IReadOnlyList<TemporalExpression> found = TemporalRecognizer.Recognize("On Monday, March 7, officials met. Last year was calmer.", TemporalAnchor.None);
        found.Select(e => (e.Text, e.Value)).ShouldBe([("Monday, March 7", "XXXX-03-07"), ("Last year", "XXXX")]);
        found.ShouldAllBe(e => e.Date == null);
    }

    [Theory]
    [InlineData("Veterans of the 26th of July Movement marched through the capital.")]
    [InlineData("Traffic stopped on 23 July Avenue near the port.")]
    [InlineData("Students of the May 4th Movement wrote pamphlets.")]
    [InlineData("Leaders of the March 8 alliance met the envoy.")]
    [InlineData("Veterans of the 14th of June movement held a rally.")]
    [InlineData("Security at ports was tightened after the September 11 attacks.")]
    [InlineData("The post-Sept. 11 rules on liquids still apply at the airport.")]
    public void Should_not_take_a_date_that_begins_a_name_for_a_date(string text)
    {
        IReadOnlyList<TemporalExpression> found = TemporalRecognizer.Recognize(text, new TemporalAnchor(Parse(Thursday)));
        found.ShouldNotContain(e => e.Written.Month != null);
    }

    [Theory]
    [InlineData("On 26 March the police broke up the march.", "26 March", "2024-03-26")]
    // A date of the story's own days used as a modifier stays a date: only days known by their date are names.
    [InlineData("Six died in the 26 February attack on the depot.", "26 February", "2024-02-26")]
    [InlineData("On September 11 militants stormed the depot.", "September 11", "2023-09-11")]
    public void Should_keep_a_date_followed_by_an_ordinary_word(string text, string expression, string value)
    {
        Find(text, expression).Value.ShouldBe(value);
    }

    [Fact]
    public void Should_read_a_capitalized_date_line_run_into_the_word_before_it()
    {
        // A headline and its date line joined where a line break was lost in extraction.
        Find("Storm Warning Issued for the CoastJAN. 9, 2019", "JAN. 9, 2019").Value.ShouldBe("2019-01-09");
    }

    [Theory]
    // A year written right after "planned" or "proposed" is a plan: a month in it lies ahead.
    [InlineData("The band announced a planned 2025 tour of the coast.", "2025")]
    [InlineData("Voters rejected the proposed 2026 budget.", "2026")]
    public void Should_read_a_planned_year_as_future(string text, string expression)
    {
        Find(text, expression).FutureContext.ShouldBeTrue();
    }

    [Theory]
    // "as planned" looks back on a plan; an intention after the date belongs to the clause it reports.
    [InlineData("The march began as previously planned Saturday night.", "Saturday night")]
    [InlineData("The firm said Monday that it intends to bid for the mill.", "Monday")]
    public void Should_not_read_a_plan_looked_back_on_or_reported_after_the_date_as_future(string text, string expression)
    {
        Find(text, expression).FutureContext.ShouldBeFalse();
    }

    [Fact]
    public void Should_leave_a_month_ahead_open_against_a_reference_known_only_to_its_year()
    {
        // "in June" after a reference of 2024 alone may be June 2024 or June 2025.
        TemporalExpression e = Find("They hope to open the shop in June.", "June", reference: "2024");
        e.Date.ShouldBeNull();
        Find("They hope to open the shop next year.", "next year", reference: "2024").Value.ShouldBe("2025");
    }

    private static PartialDate Parse(string s)
    {
        PartialDate.TryParse(s, out PartialDate d).ShouldBeTrue();
        return d;
    }
}
