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

public sealed class OverviewTests
{
    [Fact]
    public void Should_put_how_to_read_and_headline_disagreements_first()
    {
        // Given the small sample: a rising toll and a statement quoted with only punctuation differing
        string html = HtmlReportWriter.Write(ReportSamples.Small());
        string overview = html[html.IndexOf("<section id=\"overview\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"sources\">", StringComparison.Ordinal)];

        // Then the overview explains verdicts and 'inferred', then lists the rising count with its values in time order
        overview.ShouldContain("<h3>How to read this report</h3>");
        overview.ShouldContain("conflict means figures that cannot all be true");
        overview.ShouldContain("“Inferred” means the tool worked a value out");
        overview.IndexOf("Headline disagreements", StringComparison.Ordinal).ShouldBeLessThan(overview.IndexOf("Findings per document", StringComparison.Ordinal));
        overview.ShouldContain("<span class=\"badge v-rising_count\">rising count</span> <a href=\"#num-1\"><strong>killed</strong></a>: 12 → at least 15 (2024-03-03 to 2024-03-04)");

        // The quote group differs only in punctuation: not a headline
        overview.ShouldNotContain("reworded");
    }

    [Fact]
    public void Should_list_conflicts_before_rising_counts_and_reworded_quotes()
    {
        Report sample = ReportSamples.Small();
        ReportNumberFinding rising = sample.NumberFindings[0];
        ReportNumberFinding conflict = rising with
        {
            Measure = "detained",
            Verdict = "conflict",
            Values = [rising.Values[0] with { Value = 4 }, rising.Values[1] with { Value = 11, Qualifier = "exact" }, rising.Values[0] with { Value = 4, AsOf = "2024-03-05" }],
        };
        ReportQuoteGroup g = sample.QuoteGroups[0];
        Report report = sample with
        {
            NumberFindings = [rising, conflict, rising with { Measure = "injured", Verdict = "consistent" }],
            QuoteGroups = [g with { Variants = [g.Variants[0], g.Variants[1] with { Text = "We shall rebuild the market." }] }],
        };

        NumberStories.DisputedNumbers(report).Select(x => x.Finding.Measure).ShouldBe(["detained", "killed"]);
        NumberStories.NumberStory(conflict).ShouldBe("4 vs 11 (2024-03-03 to 2024-03-05)");

        // A vague word ("dozens") is shown as the lower bound it is, never as a figure of the text.
        ReportNumberFinding vague = conflict with { Values = [conflict.Values[0] with { Text = "Dozens", Value = 24, Qualifier = "at_least", Vague = true }, conflict.Values[1]] };
        NumberStories.NumberStory(vague).ShouldBe("at least 24 (vague) vs 11 (2024-03-03 to 2024-03-04)");
        QuoteStories.Reworded(report).ShouldHaveSingleItem().Id.ShouldBe("q1");

        string html = HtmlReportWriter.Write(report);
        html.ShouldContain("<span class=\"badge v-conflict\">conflict</span> <a href=\"#num-2\"><strong>detained</strong></a>: 4 vs 11");
        html.ShouldContain("<a href=\"#group-q1\"><strong>Ana Lopes</strong></a>: the same statement quoted in 2 different wordings by 2 documents");
        html.ShouldContain("<div class=\"finding\" id=\"num-2\">");
    }

    [Fact]
    public void Should_count_findings_per_document_and_make_rows_clickable()
    {
        string html = HtmlReportWriter.Write(ReportSamples.Small());

        // a.txt: 1 quote, 1 number, 1 date, 3 entity mentions, 1 cited source
        html.ShouldContain("<th class=\"num\">Entities</th>");
        html.ShouldContain("<tr class=\"go\" data-go=\"d1\"><td class=\"num\">1</td><td><a class=\"doc\" href=\"#d1\" title=\"a.txt\"><span class=\"dn\">#1</span> City Post, ‘Market fire kills 12’, 3 Mar 2024</a></td>" +
            "<td>Sam Reed</td><td>3 Mar 2024</td><td>City Post</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">3</td><td class=\"num\">1</td></tr>");
        html.ShouldContain("data-go=\"d2-f");
    }
}
