using Crosscheck.Extraction.Dates;
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
    public void Should_fall_back_to_a_documents_latest_full_date_when_nothing_is_published()
    {
        IReadOnlyList<Document> dated = ReferenceDates.Assign([
            Doc("a", "On 1 May 2021 the port closed; on 9 May 2021 it reopened. In August 2021 it was sold.", null),
            Doc("b", "Nothing here says when.", null),
        ]);
        dated[0].ReferenceDate.ToString().ShouldBe("2021-05-09");
        dated[0].ReferenceInferred.ShouldBeTrue();
        dated[1].ReferenceDate.ShouldBeNull();
        dated[1].ReferenceInferred.ShouldBeFalse();
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
