using Crosscheck.Cleaning;
using Crosscheck.Model;
using Shouldly;
using Xunit;
using static Crosscheck.Tests.Cleaning.CleaningInputs;

namespace Crosscheck.Tests.Cleaning;

/// <summary>The clean stage on hand-made inputs: the rules are general, not fitted to the sample case.</summary>
public sealed class DocumentCleanerTests
{
    [Fact]
    public void Should_read_a_byline_with_two_authors_and_keep_it_in_the_head()
    {
        // Given a title, a standfirst and a byline naming two people
        Document doc = CleanOne("Council Shuts Old Bridge Over Safety Fears", "Engineers found cracks in two piers", "By Jane Roe and John Doe", ParagraphA, ParagraphB);

        // Then
        doc.Title.ShouldBe("Council Shuts Old Bridge Over Safety Fears");
        doc.Subtitle.ShouldBe("Engineers found cracks in two piers");
        doc.Author.ShouldBe("Jane Roe and John Doe");
        doc.Text.ShouldStartWith("Council Shuts Old Bridge Over Safety Fears\n");
        doc.Text.ShouldEndWith("By Jane Roe and John Doe\n\n" + ParagraphA + "\n\n" + ParagraphB);
        doc.RemovedLines.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("By: Jane Roe | March 28, 2024", "Jane Roe", "March 28, 2024", "2024-03-28")]
    [InlineData("Weekly Brief #12 | By: Jane Roe | April 01, 2024", "Jane Roe", "April 01, 2024", "2024-04-01")]
    [InlineData("By JANE ROE, Staff Writer", "JANE ROE", null, null)]
    [InlineData("By Jane Roe, John Doe and Ana de la Cruz", "Jane Roe, John Doe and Ana de la Cruz", null, null)]
    [InlineData("Jane Roe | Weekly Policy Brief", "Jane Roe", null, null)]
    [InlineData("By The Associated Press", null, null, null)]
    public void Should_read_byline_forms(string byline, string? author, string? written, string? date)
    {
        Document doc = CleanOne("Council Shuts Old Bridge Over Safety Fears", byline, ParagraphA, ParagraphB);

        doc.Author.ShouldBe(author);
        doc.PublishedText.ShouldBe(written);
        doc.Published?.ToString().ShouldBe(date);
        doc.Text.Split('\n').Count(l => l == byline).ShouldBe(1);
        doc.Text.ShouldEndWith(ParagraphA + "\n\n" + ParagraphB);
    }

    [Fact]
    public void Should_take_the_author_from_a_closing_bio_line()
    {
        const string bio = "Maria Lopez is a senior fellow at a policy institute and a former correspondent in the region.";
        Document doc = CleanOne("Council Shuts Old Bridge Over Safety Fears", ParagraphA, ParagraphB, bio);

        doc.Author.ShouldBe("Maria Lopez");
        doc.Text.ShouldNotContain(bio);
        doc.Text.ShouldEndWith(ParagraphB);
    }

    [Fact]
    public void Should_not_invent_an_author()
    {
        Document doc = CleanOne("Council Shuts Old Bridge Over Safety Fears", ParagraphA, "By contrast, the neighbouring town has kept its bridge open all year.", ParagraphB,
            "Mayor Tom Berg is a man who likes to keep his promises, residents said.");

        doc.Author.ShouldBeNull();
        doc.Text.ShouldContain("By contrast, the neighbouring town");
        doc.Text.ShouldContain("Mayor Tom Berg is a man");
    }

    [Fact]
    public void Should_remove_a_newsletter_pitch_but_keep_an_article_sentence_about_donations()
    {
        const string pitch = "Sign up for our free newsletter and get the best of our reporting in your inbox every morning.";
        const string news = "The charity asked residents to donate warm clothes and said volunteers could sign up at the town hall.";
        Document doc = CleanOne("Council Shuts Old Bridge Over Safety Fears", ParagraphA, news, ParagraphB, pitch);

        doc.Text.ShouldNotContain(pitch);
        doc.Text.ShouldContain(news);
        doc.Text.ShouldEndWith(ParagraphB);
    }

    [Fact]
    public void Should_remove_a_teaser_list_above_the_title()
    {
        Document doc = CleanOne(
            "Markets Rally After Rate Decision", "Stocks rose sharply on Monday as investors welcomed the...",
            "New Stadium Plans Unveiled", "The city has shown the first drawings of a...",
            "Council Shuts Old Bridge Over Safety Fears", ParagraphA, ParagraphB);

        doc.Title.ShouldBe("Council Shuts Old Bridge Over Safety Fears");
        doc.Text[doc.BodyStart..].ShouldBe(ParagraphA + "\n\n" + ParagraphB);
        doc.RemovedLines.ShouldContain("New Stadium Plans Unveiled");
    }

    [Fact]
    public void Should_keep_a_real_paragraph_that_ends_with_an_ellipsis()
    {
        const string trailing = "We particularly liked the shopping bag - maybe that is a new business line for the retailer...";
        Document doc = CleanOne(ParagraphA, "Source: The Daily Courier", trailing, ParagraphB);

        doc.Text.ShouldContain(trailing);
        doc.Text.ShouldContain("Source: The Daily Courier");
    }

    [Fact]
    public void Should_remove_a_short_line_repeated_across_three_documents()
    {
        // Given three different articles from one site, each carrying the same footer label and one shared sentence
        const string label = "More from our correspondents";
        SourceDocument[] sources =
        [
            Source(string.Join("\n\n", ParagraphA, label, ParagraphB), "a.txt"),
            Source(string.Join("\n\n", ParagraphC, label, "The mayor promised a decision before the end of the month on how to pay for it."), "b.txt"),
            Source(string.Join("\n\n", "Traffic on the ring road doubled within a day of the closure, according to figures from the city.", label, "Buses will run every ten minutes until a temporary crossing is ready in the spring."), "c.txt"),
        ];

        IReadOnlyList<Document> docs = new DocumentCleaner().Clean(sources);

        docs.ShouldAllBe(d => !d.Text.Contains(label) && d.RemovedLines.Contains(label));
        docs[0].Text.ShouldBe(ParagraphA + "\n\n" + ParagraphB);
    }

    [Fact]
    public void Should_keep_short_paragraphs_of_two_copies_of_one_story()
    {
        // Given the same wire story twice: their shared short paragraph is text, not chrome
        const string shortParagraph = "Nobody was hurt.";
        string story = string.Join("\n\n", ParagraphA, shortParagraph, ParagraphB);
        IReadOnlyList<Document> docs = new DocumentCleaner().Clean([Source(story, "a.txt"), Source(story + "\n\n" + ParagraphC, "b.txt")]);

        docs.ShouldAllBe(d => d.Text.Contains(shortParagraph));
    }

    [Theory]
    [InlineData("_______________")]
    [InlineData("- - - - -")]
    [InlineData("*  *  *")]
    [InlineData("(Photo by Jane Roe/AFP via Getty Images)")]
    [InlineData("Photo: Reuters")]
    [InlineData("Featured Image: example.org")]
    [InlineData("Getty Images")]
    [InlineData("Advertisement")]
    [InlineData("- Advertisement -")]
    [InlineData("Share this article")]
    [InlineData("Home | News | World | Europe")]
    [InlineData("Workers clear the rubble near the bridge. (Photo: AP)")]
    public void Should_remove_chrome_lines_between_paragraphs(string chrome)
    {
        Document doc = CleanOne(ParagraphA, chrome, ParagraphB, ParagraphC);

        doc.Text[doc.BodyStart..].ShouldBe(ParagraphA + "\n\n" + ParagraphB + "\n\n" + ParagraphC);
        doc.RemovedLines.ShouldBe([chrome]);
    }

    [Fact]
    public void Should_remove_a_verbless_caption_fragment_but_keep_a_short_sentence()
    {
        Document doc = CleanOne(ParagraphA, "After the storm.", ParagraphB, "The council disagreed.", ParagraphC);

        doc.Text.ShouldNotContain("After the storm.");
        doc.Text.ShouldContain("The council disagreed.");
    }

    [Fact]
    public void Should_remove_a_closing_resource_list_and_footer_labels()
    {
        Document doc = CleanOne(ParagraphA, ParagraphB, "Related Resources:", "- Bridge Fund: A charity that collects money for repairs to old bridges across the county.",
            "- Road Watch: Volunteers who report damage.", "Most Read", "This archive was generated by a mail archiver.");

        doc.Text[doc.BodyStart..].ShouldBe(ParagraphA + "\n\n" + ParagraphB);
    }

    [Fact]
    public void Should_keep_a_section_heading_followed_by_text()
    {
        Document doc = new DocumentCleaner().Clean([Source(string.Join("\n", "Council Shuts Old Bridge Over Safety Fears", ParagraphA, "What happens next", ParagraphB, ParagraphC))])[0];

        doc.Text[doc.BodyStart..].ShouldBe(string.Join("\n", ParagraphA, "What happens next", ParagraphB, ParagraphC));
    }

    [Theory]
    [InlineData("2024-03-05T10:00:00Z", true)] // read by the ingestion
    [InlineData("2024-03-05T10:00:00Z", false)] // a form the ingestion does not know: an ISO date at its start
    [InlineData("Updated March 5, 2024 10:00", false)] // … or the dateline grammar
    public void Should_prefer_the_container_metadata_and_still_remove_the_title_line(string published, bool read)
    {
        var declared = new WrittenDate(published, read ? new PartialDate(2024, 3, 5) : null);
        var meta = new DeclaredMetadata { Title = "Bridge closed", Author = "Desk Editor Team", Outlet = "The Courier", Published = declared };
        Document doc = new DocumentCleaner().Clean([Source(string.Join("\n\n", "Bridge closed", "By Jane Roe", ParagraphA, ParagraphB), meta: meta)])[0];

        doc.Title.ShouldBe("Bridge closed");
        doc.Author.ShouldBe("Desk Editor Team");
        doc.Outlet.ShouldBe("The Courier");
        doc.Published.ShouldBe(new PartialDate(2024, 3, 5));
        doc.Text[doc.BodyStart..].ShouldBe(ParagraphA + "\n\n" + ParagraphB);
    }

    [Fact]
    public void Should_take_a_mailing_list_subject_as_title_and_outlet()
    {
        Document doc = CleanOne("[Town-News] Re: Council Shuts Old Bridge", "Council Shuts Old Bridge", ParagraphA, ParagraphB);

        doc.Title.ShouldBe("Council Shuts Old Bridge");
        doc.Outlet.ShouldBe("Town-News");
        doc.Text[doc.BodyStart..].ShouldBe(ParagraphA + "\n\n" + ParagraphB);
    }

    [Fact]
    public void Should_leave_a_plain_body_untouched()
    {
        string text = string.Join("\n\n", ParagraphA, ParagraphB, ParagraphC);
        Document doc = new DocumentCleaner().Clean([Source(text)])[0];

        doc.Text[doc.BodyStart..].ShouldBe(text);
        doc.Title.ShouldBeNull();
        doc.RemovedLines.ShouldBeEmpty();
    }
}
