using Crosscheck.Cleaning;
using Crosscheck.Cleaning.Metadata;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cleaning;

public sealed class MetadataFinderTests
{
    [Theory]
    [InlineData("Mar 28", "Mar 28", null)]
    [InlineData("March 28, 2024", "March 28, 2024", "2024-03-28")]
    [InlineData("Published: 28 March 2024 10:30 GMT", "28 March 2024", "2024-03-28")]
    [InlineData("Updated on Tuesday, Mar. 5, 2024 at 9:15 am", "Mar. 5, 2024", "2024-03-05")]
    [InlineData("2024-03-28", "2024-03-28", "2024-03-28")]
    public void Should_read_a_date_only_line(string line, string written, string? date)
    {
        WrittenDate? found = DatelineFinder.ReadDateOnly(new SourceLine(0, line));

        found.ShouldNotBeNull();
        found.Text.ShouldBe(written);
        found.Date?.ToString().ShouldBe(date);
    }

    [Theory]
    [InlineData("On March 28 the council met again.")]
    [InlineData("March")]
    [InlineData("May we all be spared.")]
    public void Should_not_take_a_sentence_for_a_date_line(string line)
    {
        DatelineFinder.ReadDateOnly(new SourceLine(0, line)).ShouldBeNull();
    }

    [Theory]
    [InlineData("Jane Roe", true)]
    [InlineData("Ana de la Cruz", true)]
    [InlineData("J. R. Smith", true)]
    [InlineData("Mary-Kate O'Neil", true)]
    [InlineData("JANE ROE", true)]
    [InlineData("Staff Writer", false)]
    [InlineData("The Associated Press", false)]
    [InlineData("contrast", false)]
    [InlineData("Jane", false)]
    public void Should_recognize_person_names(string text, bool expected)
    {
        PersonName.IsName(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("John Smith is a former diplomat who served in three embassies.", "John Smith")]
    [InlineData("Ana Costa is a political analyst and opinion columnist.", "Ana Costa")]
    [InlineData("Ana Costa, a columnist, is here.", null)]
    [InlineData("The minister is a former diplomat.", null)]
    [InlineData("Tom Berg is a man who keeps promises.", null)]
    public void Should_read_closing_bio_lines(string line, string? author)
    {
        BioLineFinder.ReadAuthor(new SourceLine(0, line)).ShouldBe(author);
    }
}
