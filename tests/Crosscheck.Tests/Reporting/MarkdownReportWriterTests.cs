using Crosscheck.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    private static readonly string Markdown = MarkdownReportWriter.Write(ReportSamples.Small());

    [Theory]
    [InlineData("| # | File | Title | Author | Published | Outlet |")]
    [InlineData("| 1 | a.txt | Market fire kills 12 | Sam Reed | 2024-03-03 | City Post |")]
    [InlineData("| 2 | b.txt | Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire | — | 2024-03-04 (inferred) | Valley News |")]
    [InlineData("- **a.txt**: Reuters (agency; according to)")]
    [InlineData("| “We will rebuild the market,” | “We will rebuild the market.” |")]
    [InlineData("**Ana Lopes**")]
    [InlineData("- “We will rebuild the market.” — b.txt (direct, told, group q1)")]
    [InlineData("### killed: rising count")]
    [InlineData("| 2024-03-03 | 12 | 12 people | Officials | a.txt |")]
    [InlineData("| 2024-03-04 | at least 15 | At least 15 people | police | b.txt |")]
    [InlineData("| 2024-03-04 | Police give a toll of at least 15 | b.txt (“March 4”) |")]
    [InlineData("| Ana Lopes | person | Mayor Ana Lopes, Lopes | a.txt: 1, b.txt: 1 |")]
    [InlineData("- junk.bin: binary file")]
    public void Should_render_each_section(string expectedLine) =>
        Markdown.Split('\n').Select(l => l.TrimEnd('\r')).ShouldContain(expectedLine);

    [Fact]
    public void Should_list_sections_in_order()
    {
        string[] headings = [.. Markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.TrimEnd())];

        headings.ShouldBe(["## Documents", "## Sources cited", "## Quote ledger", "## Numbers", "## Timeline", "## Entities", "## Problems"]);
    }

    [Fact]
    public void Should_escape_markup_and_table_breaks_in_text()
    {
        Report report = ReportSamples.Small() with { Problems = [new ReportProblem("x|y.txt", "bad *bold* <i>\nline")] };

        MarkdownReportWriter.Write(report).ShouldContain("- x\\|y.txt: bad \\*bold\\* &lt;i&gt; line");
    }
}
