using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    private static readonly string Markdown = MarkdownReportWriter.Write(ReportSamples.Small());

    [Theory]
    [InlineData("| # | File | Title | Author | Published | Outlet | Dates read against |")]
    [InlineData("| 1 | a.txt | Market fire kills 12 | Sam Reed | 2024-03-03 | City Post | 2024-03-03 |")]
    [InlineData("| 2 | b.txt | Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire | — | 2024-03-04 (inferred) | Valley News | 2024-03-04 (inferred) |")]
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
    [InlineData("- **killed** (rising count): 12 → at least 15 (2024-03-03 to 2024-03-04)")]
    public void Should_render_each_section(string expectedLine) =>
        Markdown.Split('\n').Select(l => l.TrimEnd('\r')).ShouldContain(expectedLine);

    [Fact]
    public void Should_list_sections_in_order()
    {
        string[] headings = [.. Markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.TrimEnd())];

        headings.ShouldBe(["## Headline disagreements", "## Documents", "## Hypotheses", "## Sources cited", "## Quote ledger", "## Numbers", "## Timeline", "## Entities", "## Problems"]);
    }

    [Fact]
    public void Should_say_which_words_a_variant_adds_and_leaves_out()
    {
        Report sample = ReportSamples.Small();
        ReportQuoteGroup g = sample.QuoteGroups[0];
        Report report = sample with { QuoteGroups = [g with { Variants = [g.Variants[0], g.Variants[1] with { Text = "We shall rebuild the market | now." }] }] };

        string md = MarkdownReportWriter.Write(report);

        md.ShouldContain("- b.txt against a.txt: adds “shall \\| now.”; leaves out “will”");
        md.ShouldContain("- **Ana Lopes** (reworded, q1): quoted in 2 different wordings");
        md.ShouldContain("| “We will rebuild the market,” | “We shall rebuild the market \\| now.” |");
    }

    [Fact]
    public void Should_escape_markup_and_table_breaks_in_text()
    {
        Report report = ReportSamples.Small() with { Problems = [new ReportProblem("x|y.txt", "bad *bold* <i>\nline")] };

        MarkdownReportWriter.Write(report).ShouldContain("- x\\|y.txt: bad \\*bold\\* &lt;i&gt; line");
    }
}
