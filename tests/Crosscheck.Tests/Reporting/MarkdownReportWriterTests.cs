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
    [InlineData("| # | Document | Title | Author | Published | Outlet | Dates read against |")]
    [InlineData("| 1 | [City Post, ‘Market fire kills 12’, 3 Mar 2024](<a.txt>) | Market fire kills 12 | Sam Reed | 3 Mar 2024 | City Post | 3 Mar 2024 |")]
    [InlineData("| 2 | [Valley News, ‘Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire’, about 4 Mar 2024](<b.txt>) | Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire | — | 4 Mar 2024 (inferred) | Valley News | 4 Mar 2024 (inferred) |")]
    [InlineData("- **City Post, ‘Market fire kills 12’, 3 Mar 2024**: Reuters (agency; according to)")]
    [InlineData("| “We will rebuild the market,” | “We will rebuild the market.” |")]
    [InlineData("**Ana Lopes**")]
    [InlineData("- “We will rebuild the market.” — Valley News, ‘Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire’, about 4 Mar 2024 (direct, told, group q1)")]
    [InlineData("### killed: rising count")]
    [InlineData("| 2024-03-03 | 12 | 12 people | Officials | City Post, ‘Market fire kills 12’, 3 Mar 2024 |")]
    [InlineData("| 2024-03-04 | at least 15 | At least 15 people | police | Valley News, ‘Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire’, about 4 Mar 2024 |")]
    [InlineData("| 2024-03-03 | Officials said 12 people were killed on **March 3**. | City Post, ‘Market fire kills 12’, 3 Mar 2024 (“March 3”) |")]
    [InlineData("| Ana Lopes | person | Mayor Ana Lopes, Lopes | City Post, ‘Market fire kills 12’, 3 Mar 2024: 1, Valley News, ‘Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire’, about 4 Mar 2024: 1 |")]
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

        md.ShouldContain("- Valley News, ‘Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire’, about 4 Mar 2024 against City Post, ‘Market fire kills 12’, 3 Mar 2024: adds “shall \\| now.”; leaves out “will”");
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
