using System.Text.Json;
using Crosscheck.Cleaning;
using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cleaning;

/// <summary>Acceptance of the clean stage on the five articles of the sample case, against gold.json.</summary>
[Trait("Category", "Slow")]
public sealed class SampleCaseCleaningTests
{
    private static readonly Lazy<IReadOnlyList<Document>> Cleaned = new(() =>
        new DocumentCleaner().Clean(new InputReader().Read([TestPaths.SampleCase]).Documents));

    private static readonly Lazy<JsonElement> GoldDocuments = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleCase, "gold.json"))).RootElement.GetProperty("documents"));

    public static TheoryData<string> Files => new(
        "000_47b2c71c16d7acc7.txt", "001_274350a10e4cfd22.txt", "002_17957595ec64c67b.txt", "003_55d2654cba1223c3.txt", "004_8dbea135728e2217.txt");

    private static Document Doc(string file) => Cleaned.Value.Single(d => d.File == file);

    private static string Squash(string? s) => new string((s ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_find_the_gold_title(string file)
    {
        string expected = GoldDocuments.Value.GetProperty(file).GetProperty("title").GetString()!;
        Squash(Doc(file).Title).ShouldBe(Squash(expected));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_find_the_gold_subtitle_where_gold_has_one(string file)
    {
        if (GoldDocuments.Value.GetProperty(file).TryGetProperty("subtitle", out JsonElement subtitle))
        {
            Squash(Doc(file).Subtitle).ShouldBe(Squash(subtitle.GetString()));
        }
    }

    [Theory]
    [InlineData("000_47b2c71c16d7acc7.txt", null)]
    [InlineData("001_274350a10e4cfd22.txt", null)]
    [InlineData("002_17957595ec64c67b.txt", "John Dobson")]
    [InlineData("003_55d2654cba1223c3.txt", "Arvind Salem")]
    [InlineData("004_8dbea135728e2217.txt", "Alexander Ziperovich")]
    public void Should_find_the_author_or_none(string file, string? author)
    {
        Doc(file).Author.ShouldBe(author);
    }

    [Theory]
    [InlineData("000_47b2c71c16d7acc7.txt", "Mar 28", null)]
    [InlineData("003_55d2654cba1223c3.txt", "April 01, 2024", "2024-04-01")]
    public void Should_read_the_publication_date_as_written(string file, string written, string? date)
    {
        Document doc = Doc(file);
        doc.PublishedText.ShouldBe(written);
        doc.Published?.ToString().ShouldBe(date);
    }

    [Fact]
    public void Should_take_the_mailing_list_tag_as_outlet()
    {
        Doc("000_47b2c71c16d7acc7.txt").Outlet.ShouldBe("Salon");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_leave_no_gold_boilerplate_in_the_body(string file)
    {
        Document doc = Doc(file);
        if (GoldDocuments.Value.GetProperty(file).TryGetProperty("boilerplate_not_in_body", out JsonElement boilerplate))
        {
            foreach (JsonElement item in boilerplate.EnumerateArray())
            {
                doc.Text.ShouldNotContain(item.GetString()!, Case.Sensitive);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_keep_the_head_once_before_the_body(string file)
    {
        // The cleaned text starts with the article's own head (title once, subtitle, byline, dateline),
        // so that findings there (a date in a byline, a count in a standfirst) link to their line.
        Document doc = Doc(file);
        string[] lines = doc.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Squash(lines[0]).ShouldBe(Squash(doc.Title));
        lines.Count(l => Squash(l) == Squash(doc.Title)).ShouldBe(1);
        if (doc.Subtitle is not null)
        {
            lines.Count(l => l == doc.Subtitle).ShouldBe(1);
            Array.IndexOf(lines, doc.Subtitle).ShouldBeLessThan(4);
        }
    }

    [Theory]
    [InlineData("000_47b2c71c16d7acc7.txt", "The ISIS-K massacre of more than 140 concertgoers", "Sometimes, the reality in front of us is grim enough.")]
    [InlineData("001_274350a10e4cfd22.txt", "On 11 September 2001, the first call to President", "created the cancer in the first place.")]
    [InlineData("002_17957595ec64c67b.txt", "Early this month, America’s intelligence services", "ridicule is the best antidote to tyranny.")]
    [InlineData("003_55d2654cba1223c3.txt", "Less than a week after President Putin’s landslide", "to join forcs and attack ISIS.")]
    [InlineData("004_8dbea135728e2217.txt", "In an extraordinarily brutal assault, four gunmen", "already a catastrophic war there.")]
    public void Should_keep_the_first_and_last_article_paragraphs(string file, string firstStart, string lastEnd)
    {
        Document doc = Doc(file);
        string[] paragraphs = doc.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int first = Array.FindIndex(paragraphs, p => p.StartsWith(firstStart, StringComparison.Ordinal));
        first.ShouldBeInRange(1, 4); // after the head lines only
        int last = Array.FindLastIndex(paragraphs, p => p.EndsWith(lastEnd, StringComparison.Ordinal));
        last.ShouldBeGreaterThan(first);
        // Only a closing author bio may follow the last paragraph.
        paragraphs.Skip(last + 1).ShouldAllBe(p => doc.Author != null && p.StartsWith(doc.Author, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_keep_every_long_paragraph_of_the_source(string file)
    {
        Document doc = Doc(file);
        string source = File.ReadAllText(Path.Combine(TestPaths.SampleCase, file));
        var longLines = source.Split('\n').Select(l => l.Trim()).Where(l => l.Split(' ').Length >= 25 && !l.Contains("subscribing", StringComparison.Ordinal) && !l.StartsWith("- ", StringComparison.Ordinal));
        foreach (string line in longLines.Where(l => !doc.RemovedLines.Contains(l) || !IsBio(l)))
        {
            doc.Text.ShouldContain(line);
        }

        static bool IsBio(string l) => l.Contains(" is a ", StringComparison.Ordinal) && l.IndexOf(" is a ", StringComparison.Ordinal) < 30;
    }

    [Theory]
    [InlineData("001_274350a10e4cfd22.txt", "The Soviets invaded Afghanistan.")]
    [InlineData("001_274350a10e4cfd22.txt", "So, where did ISIS come from?")]
    [InlineData("003_55d2654cba1223c3.txt", "Policy Analysis:")]
    [InlineData("004_8dbea135728e2217.txt", "Blame game")]
    [InlineData("004_8dbea135728e2217.txt", "In fact, Putin’s accusation sounds like nonsense.")]
    public void Should_keep_short_lines_that_belong_to_the_article(string file, string line)
    {
        Doc(file).Text.Split('\n').ShouldContain(line);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_list_the_removed_lines_and_separate_paragraphs_by_newlines(string file)
    {
        Document doc = Doc(file);
        string[] lines = doc.Text.Split('\n');
        doc.RemovedLines.ShouldAllBe(removed => !lines.Contains(removed));
        doc.Text.ShouldNotContain("\r");
        doc.Text.ShouldNotContain("\n\n\n");
        doc.Text.ShouldBe(doc.Text.Trim());
    }
}
