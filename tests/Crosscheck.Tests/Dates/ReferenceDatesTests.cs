using Crosscheck.Kinds.Dates;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

public sealed class ReferenceDatesTests
{
    private static Document Doc(string id, string text, string? published = null) => new()
    {
        Id = id,
        File = id + ".txt",
        Format = SourceFormat.PlainText,
        Text = text,
        PublishedText = published,
    };

    [Fact]
    public void Should_date_the_sample_set_from_its_bylines()
    {
        // Given the sample texts with the two bylines a cleaner finds: "Mar 28" (no year) and "April 01, 2024"
        string[] files = [.. Directory.GetFiles(TestPaths.SampleCase, "*.txt").Order(StringComparer.Ordinal)];
        List<Document> docs = [.. files.Select(f =>
        {
            string name = Path.GetFileName(f);
            string? byline = name[..3] switch { "000" => "Mar 28", "003" => "April 01, 2024", _ => null };
            return Doc(name[..3], File.ReadAllText(f), byline);
        })];

        // When the set is dated
        IReadOnlyList<Document> dated = ReferenceDates.Assign(docs);

        // Then the missing year comes from the set, and undated documents take the earliest publication date
        dated.Select(d => (d.Id, d.Published?.ToString(), d.PublishedInferred, d.ReferenceDate?.ToString(), d.ReferenceInferred)).ShouldBe([
            ("000", "2024-03-28", true, "2024-03-28", true),
            ("001", null, false, "2024-03-28", true),
            ("002", null, false, "2024-03-28", true),
            ("003", "2024-04-01", false, "2024-04-01", false),
            ("004", null, false, "2024-03-28", true),
        ]);
    }

    [Theory]
    [InlineData("2024-03-28T10:15:00Z", "2024-03-28")]
    [InlineData("Thu, 28 Mar 2024 10:15:00 +0000", "2024-03-28")]
    [InlineData("March 28, 2024", "2024-03-28")]
    [InlineData("Updated: 28 March 2024, 10:15", "2024-03-28")]
    [InlineData("03/28/2024", "2024-03-28")]
    public void Should_parse_publication_dates_with_a_year(string published, string value)
    {
        Document d = ReferenceDates.Assign([Doc("a", "Nothing dated here.", published)])[0];
        d.Published.ToString().ShouldBe(value);
        d.PublishedInferred.ShouldBeFalse();
        d.ReferenceDate.ToString().ShouldBe(value);
        d.ReferenceInferred.ShouldBeFalse();
    }

    [Fact]
    public void Should_take_the_year_after_when_a_byline_falls_just_after_the_latest_date_of_the_set()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The fire broke out on December 20, 2023 in the port.", "Jan 5"),
            Doc("b", "Firefighters worked through the night.", null),
        ]);
        dated[0].Published.ToString().ShouldBe("2024-01-05");
        dated[0].PublishedInferred.ShouldBeTrue();
        dated[1].ReferenceDate.ToString().ShouldBe("2024-01-05");
    }

    [Fact]
    public void Should_ignore_future_looking_years_when_inferring_a_year()
    {
        Document d = ReferenceDates.Assign([
            Doc("a", "The flood of 2 March 2024 hit the valley. The new dam will open in March 2030.", "Mar 28"),
        ])[0];
        d.Published.ToString().ShouldBe("2024-03-28");
    }

    [Fact]
    public void Should_use_a_documents_own_later_date_when_the_earliest_publication_is_before_it()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The strike began on 3 May 2022.", "May 4, 2022"),
            Doc("b", "Talks resumed on 12 June 2022 after the strike of 3 May 2022.", null),
        ]);
        dated[1].ReferenceDate.ToString().ShouldBe("2022-06-12");
        dated[1].ReferenceInferred.ShouldBeTrue();
    }

    [Fact]
    public void Should_fall_back_to_a_documents_latest_explicit_date_when_nothing_is_published()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "On 1 May 2021 the port closed; on 9 May 2021 it reopened. In August 2021 it was sold.", null),
            Doc("b", "Nothing here says when.", null),
        ]);
        dated[0].ReferenceDate.ToString().ShouldBe("2021-08");
        dated[0].ReferenceInferred.ShouldBeTrue();

        // The other article of the same set was written in the same days.
        dated[1].ReferenceDate.ToString().ShouldBe("2021-08");
        dated[1].ReferenceInferred.ShouldBeTrue();
    }

    [Fact]
    public void Should_leave_the_reference_open_when_no_text_of_the_set_writes_a_year()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "Violence has grown since 2007. The graves were found on Oct. 4.", null),
            Doc("b", "Nothing here says when.", null),
        ]);
        dated.ShouldAllBe(d => d.ReferenceDate == null);
    }

    [Fact]
    public void Should_take_the_year_in_which_a_month_day_falls_on_the_weekday_beside_it()
    {
        // Given an undated set whose latest year is 2018, and a dateline "March 3" beside "on Sunday"
        // (3 March was a Saturday in 2018 and a Sunday in 2019)
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "PORTVILLE, March 3 (Wire) -- Floods hit the coast on Sunday, officials said.", null),
            Doc("b", "The dam was built in 2018. Engineers inspected it on Monday.", null),
            Doc("c", "Nothing here says when.", null),
        ]);

        // Then the set is dated 3 March 2019; the article that names Monday was written the day after
        dated.Select(d => d.ReferenceDate.ToString()).ShouldBe(["2019-03-03", "2019-03-04", "2019-03-03"]);
        dated.ShouldAllBe(d => d.ReferenceInferred);
    }

    [Fact]
    public void Should_not_anchor_an_undated_set_on_a_year_alone_nor_on_deadlines_and_modifiers()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The capsule was placed in the statue in 1901 and found on Tuesday.", null),
            Doc("b", "The chain plans 40 stores by 2016. Its 2015 catalogue sold well. The screen is 2048 x 1536.", null),
        ]);
        dated.ShouldAllBe(d => d.ReferenceDate == null);
    }

    [Fact]
    public void Should_take_a_year_in_a_present_perfect_clause_as_the_year_of_writing()
    {
        // Given an undated set whose only year stands in a present-perfect clause ("has doubled in 2021")
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "If anything has doubled in 2021, it is the price of timber.", null),
            Doc("b", "The mill was sold last year; the owners want to expand next year.", null),
        ]);

        // Then every document is referenced to that year, at year precision
        dated.Select(d => d.ReferenceDate.ToString()).ShouldBe(["2021", "2021"]);
        dated.ShouldAllBe(d => d.ReferenceInferred);
    }

    [Fact]
    public void Should_say_how_an_inferred_reference_was_found()
    {
        // Given a set with one dated article, one undated article, and an undated set whose year is written in a present-perfect clause
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("dated", "Nothing here.", "Monday 04 August 2014"),
            Doc("undated", "Rebels shelled the town, officials said on Friday."),
        ]);
        IReadOnlyList<Document> perfect = ReferenceDates.Assign([Doc("a", "If anything has doubled in 2021, it is the price of timber.")]);

        // Then a read date has no basis, and each inferred one says where it comes from
        dated[0].ReferenceBasis.ShouldBeNull();
        dated[1].ReferenceBasis.ShouldBe("no publication date: the earliest publication date of the set, 2014-08-04");
        perfect[0].ReferenceBasis.ShouldNotBeNull().ShouldContain("present-perfect");
    }

    [Fact]
    public void Should_not_take_a_past_year_as_the_year_of_writing()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The price of timber doubled in 2021. It fell last year.", null),
            Doc("b", "The broker is believed to have moved abroad in 2021.", null),
        ]);
        dated.ShouldAllBe(d => d.ReferenceDate == null);
    }

    [Fact]
    public void Should_put_month_days_in_the_year_before_a_planned_year()
    {
        // Given an undated set that looks back on 2013 and plans a 2016 tour, and writes "12 October" without a year
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The singer toured in 2013. He is planning to play the old songs on a 2016 solo tour.", null),
            Doc("b", "The agent said on 12 October that no offer had been made.", null),
        ]);

        // Then the month-days fall in 2015, the year before the plan, not in 2013
        dated.Select(d => d.ReferenceDate.ToString()).ShouldBe(["2015-10-12", "2015-10-12"]);
    }

    [Fact]
    public void Should_not_take_a_deadline_for_a_planned_year()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The photo was posted on March 3, 2014. The pill will probably not be on sale by 2016.", null),
            Doc("b", "On March 5, the firm denied the report.", null),
        ]);
        dated.Select(d => d.ReferenceDate.ToString()).ShouldBe(["2014-03-05", "2014-03-05"]);
    }

    [Fact]
    public void Should_read_a_weekday_written_with_its_date_as_evidence_of_the_year()
    {
        // 3 March fell on a Sunday in 2019; the latest year written is 2017.
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The dam, finished in 2017, burst on Sunday, March 3, flooding the valley.", null),
        ]);
        dated[0].ReferenceDate.ToString().ShouldBe("2019-03-03");
    }

    [Fact]
    public void Should_move_an_undated_set_to_a_later_month_written_alone_in_a_past_clause()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The photo was taken on May 29, 2014. In August, the governor sent troops.", null),
        ]);
        dated[0].ReferenceDate.ToString().ShouldBe("2014-08");
    }

    [Theory]
    // No explicit date: the set's date.
    [InlineData("Rebels shelled the town, officials said on Friday.", "2014-08-04")]
    // A latest explicit date shortly before the set's date: the set's date.
    [InlineData("The siege began on July 20, 2014 and goes on.", "2014-08-04")]
    // A background date long before is no reason to move the reference back.
    [InlineData("The reporter, kidnapped on Nov. 22, 2012, was shown in a video on Tuesday.", "2014-08-04")]
    // A later explicit date moves it up: to the full date, or the month when only a month is written.
    [InlineData("The ceasefire of Oct. 17, 2014 did not hold; fighting resumed on Sunday.", "2014-10-17")]
    [InlineData("In December 2014 the talks collapsed.", "2014-12")]
    [InlineData("On Nov. 22, 2012 he was taken. In December 2014 a video appeared; on Dec. 3, 2014 it was confirmed.", "2014-12-03")]
    // A later month-day without a year, in a past clause, moves it up too; in a future clause it does not.
    [InlineData("Since Aug. 8, the air force has struck 70 targets.", "2014-08-08")]
    [InlineData("The inquiry will report on Aug. 20, the minister said.", "2014-08-04")]
    // A later explicit date in a future clause does not count.
    [InlineData("The dam will open in March 2016, officials said.", "2014-08-04")]
    public void Should_reference_an_undated_document_of_an_unrelated_set(string text, string reference)
    {
        // Given a set dated by another document, on 4 August 2014
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("dated", "Nothing here.", "Monday 04 August 2014"),
            Doc("undated", text),
        ]);

        // Then the undated document's reference is the set's date unless its own dates say it is later
        dated[1].ReferenceDate.ToString().ShouldBe(reference);
        dated[1].ReferenceInferred.ShouldBeTrue();
    }

    [Fact]
    public void Should_give_each_document_its_own_latest_date_when_no_document_is_dated()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "The strike of 3 May 2022 ended on 9 May 2022.", null),
            Doc("b", "The floods of 12 October 2019 hit the coast.", null),
        ]);
        dated.Select(d => d.ReferenceDate.ToString()).ShouldBe(["2022-05-09", "2019-10-12"]);
    }

    [Fact]
    public void Should_keep_a_publication_date_already_known()
    {
        Document given = Doc("a", "Text.", "Mar 28") with { Published = new PartialDate(2020, 3, 28) };
        Document d = ReferenceDates.Assign([given])[0];
        d.Published.ShouldBe(new PartialDate(2020, 3, 28));
        d.ReferenceDate.ShouldBe(new PartialDate(2020, 3, 28));
    }
}
