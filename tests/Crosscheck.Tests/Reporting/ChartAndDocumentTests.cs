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

public sealed class ChartAndDocumentTests
{
    [Fact]
    public void Should_draw_exact_values_as_dots_and_lower_bounds_as_arrows_with_dates_and_links()
    {
        // Given 12 (exact, 2024-03-03) and at least 15 (2024-03-04)
        string svg = SvgChart.Render(ReportSamples.Small().NumberFindings[0], v => $"x-{v.Doc}").ShouldNotBeNull();

        svg.ShouldContain("<circle class=\"mark exact\"");
        svg.ShouldContain("<path class=\"mark lower\"");
        svg.ShouldContain("<path class=\"arrow\"");
        svg.ShouldContain(">2024-03-03</text>");
        svg.ShouldContain(">2024-03-04</text>");
        svg.ShouldContain(">killed</text>");
        svg.ShouldContain("lower bound (at least, more than)</text>");
        svg.ShouldContain("<a href=\"#x-b.txt\"><g><title>b.txt: “At least 15 people” = at least 15, per police, as of 2024-03-04</title>");
    }

    [Theory]
    [InlineData("exact", 0)]
    [InlineData("at_least", 1)]
    [InlineData("more_than", 1)]
    [InlineData("up_to", 2)]
    [InlineData("about", 3)]
    public void Should_pick_a_marker_per_qualifier(string qualifier, int shape) => SvgChart.Shape(qualifier).ShouldBe(shape);

    [Fact]
    public void Should_show_the_head_lines_of_a_document_above_its_body()
    {
        // Given a document whose text starts with its title and byline
        const string text = "Fire <b>kills</b> 12\nby Sam Reed\nOfficials said 12 people were killed.";
        int body = text.IndexOf("Officials", StringComparison.Ordinal);
        Report sample = ReportSamples.Small();
        Report report = sample with
        {
            Documents = [sample.Documents[0] with { Text = text, BodyStart = body }],
            Quotes = [], QuoteGroups = [], NumberFindings = [], Dates = [], Timeline = [], Entities = [], CitedSources = [],
            Numbers = [sample.Numbers[0] with { Start = 18, End = 20 }],
            EntityMentions = [new ReportEntityMention("a.txt", "e9", "Sam Reed", 24, 32)],
        };

        string html = HtmlReportWriter.Write(report);

        // Then the head lines are their own blocks, escaped and highlighted, and the body follows
        html.ShouldContain("<div class=\"dochead\"><p class=\"t1\">Fire &lt;b&gt;kills&lt;/b&gt; <span class=\"hl h-number\" id=\"d1-f1\"");
        html.ShouldContain("<p class=\"t2\">by <span class=\"hl h-entity\" id=\"d1-f2\"");
        html.ShouldContain("<div class=\"doctext\">Officials said 12 people were killed.</div>");
        HtmlChecks.SpansAreBalanced(html).ShouldBeTrue();
    }
}
