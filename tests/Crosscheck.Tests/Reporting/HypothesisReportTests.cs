using System.Text.RegularExpressions;
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
using static Crosscheck.Tests.Hypotheses.AchFixtures;

namespace Crosscheck.Tests.Reporting;

public sealed partial class HypothesisReportTests
{
    private static readonly Report Sample = HypothesisReportSample.Build();
    private static readonly string Html = HtmlReportWriter.Write(Sample);
    private static readonly string Markdown = MarkdownReportWriter.Write(Sample);

    [Fact]
    public void Should_map_hypotheses_stances_and_the_matrix_into_the_report()
    {
        Sample.Hypotheses.Select(h => (h.Id, h.Kind, h.Origin)).ShouldBe([("h1", "responsibility", "found"), ("h2", "responsibility", "found"), ("h3", "cause", "found"), ("u1", "user", "user")]);
        ReportStance police = Sample.Stances[0];
        police.Doc.ShouldBe("a.txt");
        police.Holder.ShouldBe("police");
        police.Stance.ShouldBe("supports");
        police.Evidence.ShouldHaveSingleItem().Text.ShouldBe("The Red Hand carried out the bridge bombing, police said, citing recovered phone records.");
        TextA[police.Evidence[0].Start..police.Evidence[0].End].ShouldBe(police.Evidence[0].Text);
        Sample.Stances[1].SelfInterested.ShouldBeTrue();

        ReportAch ach = Sample.Ach.ShouldNotBeNull();
        ach.Hypotheses.ShouldBe(["h1", "h2", "h3", "u1"]);
        ach.Rows[0].Cells.ShouldBe(new Dictionary<string, string> { ["h1"] = "CC", ["h2"] = "I", ["h3"] = "N", ["u1"] = "NA" });
        ach.Rows[0].Credibility.ShouldBe("high");
        ach.Scores.Single(s => s.Hypothesis == "h2").Inconsistency.ShouldBe(4);
    }

    [Fact]
    public void Should_explain_ach_in_plain_words_and_add_the_section_to_the_navigation()
    {
        Html.ShouldContain("<section id=\"hypotheses\"><h2>Hypotheses</h2>");
        Html.ShouldContain("<a href=\"#hypotheses\">Hypotheses</a>");
        Html.ShouldContain("Analysis of Competing Hypotheses (ACH)");
        Html.ShouldContain("it counts what speaks against it");
        Markdown.ShouldContain("## Hypotheses");
        Markdown.ShouldContain("it counts what speaks against it");
    }

    [Fact]
    public void Should_escape_hypothesis_text()
    {
        Html.ShouldNotContain("<b>Norland</b>");
        Html.ShouldContain("Agents of &lt;b&gt;Norland&lt;/b&gt; &amp; friends helped");
        Markdown.ShouldNotContain("<b>Norland</b>");
        Markdown.ShouldContain("Agents of &lt;b&gt;Norland&lt;/b&gt; &amp; friends helped");
    }

    [Fact]
    public void Should_show_each_sources_stance_with_a_text_label_and_open_its_sentences()
    {
        string gridRowB = GridRow("b.txt");

        // b.txt: the author supports the cause (h3); it quotes commentators supporting h2.
        Regex.Matches(gridRowB, "<td class=\"cell\">").Count.ShouldBe(4);
        Cells(gridRowB)[2].ShouldContain("<span class=\"badge s-supports\">supports</span>");
        Cells(gridRowB)[1].ShouldContain("<span class=\"badge s-reports\">reports</span> <span class=\"meta\">1 quoted stance</span>");
        Cells(gridRowB)[1].ShouldContain("commentators supports:");
        Cells(gridRowB)[0].ShouldBe("<td class=\"cell\"><span class=\"badge s-absent\">not mentioned</span></td>");

        // The evidence opens to the sentence, linked to its highlight in the document view.
        string anchor = AnchorOfLinkTo(Cells(gridRowB)[2], "Guards at the bridge");
        Html.ShouldContain($"<span class=\"hl h-stance\" id=\"{anchor}\"");
    }

    [Fact]
    public void Should_list_the_reported_stances_with_holder_status_and_self_interest()
    {
        Html.ShouldContain("<h3>Stances the articles report</h3>");
        string table = Between(Html, "<h3>Stances the articles report</h3>", "</table>");
        Regex.Matches(table, "<tr class=\"go\"").Count.ShouldBe(4);
        table.ShouldContain("<td><strong>Norland</strong></td>");
        table.ShouldContain("<span class=\"badge s-rejects\">rejects</span>");
        table.ShouldContain("<td>no evidence shown</td>");
        Regex.Matches(table, "<span class=\"badge self\">self-interested</span>").Count.ShouldBe(2);
    }

    [Fact]
    public void Should_render_the_matrix_with_coded_cells_scores_and_how_to_read_them()
    {
        string matrix = Between(Html, "<table class=\"matrix wide\">", "</table>");

        matrix.ShouldContain("<td class=\"ach a-CC\" title=\"h1: very consistent\">CC</td>");
        matrix.ShouldContain("<td class=\"ach a-NA\" title=\"u1: not applicable\">NA</td>");
        matrix.ShouldContain("<th scope=\"col\" class=\"ach-h\"");
        matrix.ShouldContain("Weighted inconsistency (lower: fewer reasons to reject)");
        matrix.ShouldContain("<td class=\"score\">4<div class=\"meta\">1 C · 3 I</div></td>");

        // h3 (the cause) has nothing against it but only one claim for it, and u1 none: "not enough evidence", never the lead.
        // h1, with three claims from two articles and the fewest reasons against it, is the one the evidence favours.
        matrix.ShouldContain("<td class=\"score lead\">0.71<div class=\"meta\">2 C · 1 I</div></td>");
        Regex.Matches(matrix, ">not enough evidence</span></td>").Count.ShouldBe(2);
        matrix.ShouldNotContain("<td class=\"score lead\">0<");
        Html.ShouldContain("<p class=\"ach-verdict\"><strong>The evidence favours h1 (The Red Hand carried out the bombing): 1 source supports it and 1 rejects it; " +
            "the next, h2 (Norland was behind the bombing), is rejected by 1 of 2 sources (supported by 1).</strong>");
        Html.ShouldContain("Lower means fewer reasons to reject the hypothesis.");

        // Every claim links to its highlighted sentence.
        foreach (Match m in Regex.Matches(matrix, "<th scope=\"row\" class=\"claim\"><a href=\"#([^\"]+)\">"))
        {
            HtmlChecks.Ids(Html).ShouldContain(m.Groups[1].Value);
        }

        Regex.Matches(matrix, "<th scope=\"row\" class=\"claim\"><a href=").Count.ShouldBe(5);
    }

    [Fact]
    public void Should_headline_a_contested_hypothesis()
    {
        string headlines = Between(Html, "<h3>Headline disagreements</h3>", "</ul>");

        headlines.ShouldContain("<span class=\"badge v-conflict\">contested</span> <a href=\"#hyp-h2\"><strong>Norland was behind the bombing</strong></a>: supported by commentators <a class=\"chip\"");
        headlines.ShouldContain("; rejected by Norland <a class=\"chip\"");
        headlines.ShouldNotContain("hyp-h1");
        Markdown.ShouldContain("- **Norland was behind the bombing** (contested, h2): supported by commentators (‘Some commentators claimed Norland was behind the blast…’); rejected by Norland (‘The Red Hand carried out the bridge bombing…’)");
    }

    [Fact]
    public void Should_stay_self_contained_balanced_and_with_every_local_link_resolved()
    {
        HtmlChecks.ExternalReferences(Html).ShouldBeEmpty();
        HtmlChecks.SpansAreBalanced(Html).ShouldBeTrue();
        var ids = HtmlChecks.Ids(Html).ToHashSet();
        HtmlChecks.LocalLinks(Html).Where(l => !ids.Contains(l)).ShouldBeEmpty();
        HtmlChecks.Ids(Html).Count.ShouldBe(ids.Count);
    }

    [Fact]
    public void Should_write_the_three_tables_in_markdown()
    {
        Markdown.ShouldContain("| Source | h1 | h2 | h3 | u1 |");
        Markdown.ShouldContain("| ‘Some commentators claimed Norland was behind the blast…’ | not mentioned | reports (+1 quoted) | supports | not mentioned |");
        Markdown.ShouldContain("| Norland | h2 | rejects | not said | yes |");
        Markdown.ShouldContain("| CC | I | N | NA |");
        Markdown.ShouldContain("| **Weighted inconsistency** |");
        Markdown.ShouldContain("| not enough evidence | not enough evidence |");
        Markdown.ShouldContain("**The evidence favours h1 (The Red Hand carried out the bombing):");
    }

    [Fact]
    public void Should_say_so_when_there_are_no_hypotheses()
    {
        string html = HtmlReportWriter.Write(ReportSamples.Small());

        html.ShouldContain("No competing explanation found. Add your own with --hypothesis");
        MarkdownReportWriter.Write(ReportSamples.Small()).ShouldContain("No competing explanation found.");
    }

    [Fact]
    public void Should_write_the_sample_page_for_a_visual_check_when_asked()
    {
        // CROSSCHECK_SAMPLE_HTML=/tmp/h.html dotnet test … writes the page, to look at it in a browser.
        string? path = Environment.GetEnvironmentVariable("CROSSCHECK_SAMPLE_HTML");
        if (path is not null)
        {
            File.WriteAllText(path, Html);
            File.ReadAllText(path).ShouldBe(Html);
        }

        Html.ShouldEndWith("</html>\n");
    }

    private static string GridRow(string file)
    {
        string grid = Between(Html, "<table class=\"grid\">", "</table>");
        int at = grid.IndexOf($"title=\"{file}\"", StringComparison.Ordinal);
        int start = grid.LastIndexOf("<tr>", at, StringComparison.Ordinal);
        return grid[start..grid.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    private static List<string> Cells(string row) => [.. CellPattern().Matches(row).Select(m => m.Value)];

    private static string AnchorOfLinkTo(string html, string words)
    {
        Match m = Regex.Match(html, "<a href=\"#([^\"]+)\">“" + Regex.Escape(words));
        m.Success.ShouldBeTrue();
        return m.Groups[1].Value;
    }

    private static string Between(string text, string from, string to)
    {
        int start = text.IndexOf(from, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        return text[start..text.IndexOf(to, start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<td class=\"cell\">.*?</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
