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

public sealed class HtmlReportWriterTests
{
    private static readonly Report Sample = ReportSamples.Small();
    private static readonly string Html = HtmlReportWriter.Write(Sample);

    [Fact]
    public void Should_escape_article_text_and_metadata()
    {
        Html.ShouldNotContain("<script>alert(1)</script>");
        Html.ShouldNotContain("<img");
        Html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        Html.ShouldContain("&lt;img src=x onerror=alert(2)&gt;");
        Html.ShouldContain("Toll rises to 15 &lt;b&gt;after&lt;/b&gt; fire");

        // Only the report's own inline script is a script element
        Html.Split("<script").Length.ShouldBe(2);
    }

    [Fact]
    public void Should_reference_no_external_resource()
    {
        string[] ownUrls = [.. Sample.Documents.Select(d => d.Url).OfType<string>()];

        HtmlChecks.ExternalReferences(Html).ShouldAllBe(url => ownUrls.Contains(url));
        Html.ShouldContain("href=\"https://example.org/a\"");
        Html.ShouldNotContain("<link");
        Html.ShouldNotContain("@import");
        Html.ShouldNotContain("url(");
        Html.ShouldNotContain(" src=\"");
    }

    [Fact]
    public void Should_link_every_row_to_a_highlighted_finding_in_the_document_view()
    {
        IReadOnlyList<string> ids = HtmlChecks.Ids(Html);
        IReadOnlyList<string> links = HtmlChecks.LocalLinks(Html);

        ids.ShouldBeUnique();
        links.ShouldAllBe(link => ids.Contains(link));
        (int qStart, _) = ReportSamples.Find(ReportSamples.TextA, "We will rebuild the market,");

        // The quote of a.txt: highlighted with its speaker as tooltip and linked from the ledger
        string quoteSpan = Html[Html.IndexOf("<span class=\"hl h-quote\" id=\"d1-", StringComparison.Ordinal)..];
        quoteSpan.ShouldStartWith("<span class=\"hl h-quote\" id=\"d1-f");
        string quoteId = quoteSpan.Split('"')[3];
        quoteSpan.ShouldContain("title=\"Ana Lopes (said), group q1\">We will rebuild the ");
        links.ShouldContain(quoteId);
        qStart.ShouldBeGreaterThan(0);

        // The entity "market" nested in the quote, numbers, dates and cited sources all have anchors
        Html.ShouldContain("<span class=\"hl h-entity\" id=\"d1-");
        Html.ShouldContain("<span class=\"hl h-number\" id=\"d2-");
        Html.ShouldContain("<span class=\"hl h-date\" id=\"d2-");
        Html.ShouldContain("<span class=\"hl h-cited-source\" id=\"d2-");
        links.Count(l => l.Contains("-f", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(10);
        HtmlChecks.SpansAreBalanced(Html).ShouldBeTrue();
    }

    [Fact]
    public void Should_show_sections_verdicts_chart_and_inferred_dates()
    {
        foreach (string section in (string[])["overview", "sources", "quotes", "numbers", "timeline", "entities", "documents"])
        {
            Html.ShouldContain($"<section id=\"{section}\">");
            Html.ShouldContain($"<a href=\"#{section}\">");
        }

        Html.ShouldContain("<span class=\"badge v-rising_count\">rising count</span>");
        Html.ShouldContain("<svg class=\"chart\"");
        Html.Split("<circle").Length.ShouldBe(3);
        Html.ShouldContain("2024-03-04 (inferred)");
        Html.ShouldContain("at least 15");
        Html.ShouldContain("<strong>junk.bin</strong>: binary file");
        Html.ShouldContain("Mayor Ana Lopes, Lopes");
    }

    [Theory]
    [InlineData("consistent", "consistent")]
    [InlineData("rising_count", "rising count")]
    [InlineData("scope_difference", "scope difference")]
    [InlineData("conflict", "conflict")]
    public void Should_label_each_verdict(string verdict, string label)
    {
        Report report = Sample with { NumberFindings = [Sample.NumberFindings[0] with { Verdict = verdict }] };

        HtmlReportWriter.Write(report).ShouldContain($"<span class=\"badge v-{verdict}\">{label}</span>");
        MarkdownReportWriter.Write(report).ShouldContain($"### killed: {label}");
    }

    [Fact]
    public void Should_not_link_a_document_url_that_is_not_http()
    {
        Report report = Sample with { Documents = [Sample.Documents[0] with { Url = "javascript:alert(3)" }, Sample.Documents[1]] };

        string html = HtmlReportWriter.Write(report);

        html.ShouldNotContain("href=\"javascript:");
        html.ShouldContain("javascript:alert(3)");
    }
}
