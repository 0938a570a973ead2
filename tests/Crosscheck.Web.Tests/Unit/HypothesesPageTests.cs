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
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Web.Pages;
using Crosscheck.Web.Workspace;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Unit;

/// <summary>The hypotheses view and the stance evidence highlights, on a small report that has them.</summary>
public sealed class HypothesesPageTests
{
    private const string Text = "Officials blamed the harbour office. The office denied any role.";

    private static readonly Report Report = new Report("crosscheck", "2024-01-01",
        [new ReportDocument("id1", "a.txt", "text", "Harbour <fire>", null, null, null, null, null, false, null, false, Text)],
        [], [], [], [], [], [], [], [], [], [])
    {
        Hypotheses = [new ReportHypothesis("h1", "The harbour office caused the fire", "responsibility", "harbour office", "found"),
                      new ReportHypothesis("h2", "An accident <b>", "cause", null, "found")],
        Stances =
        [
            new ReportStance("a.txt", null, "h1", "reports", [new ReportEvidence("Officials blamed the harbour office.", 0, 36)], null),
            new ReportStance("a.txt", "the office", "h1", "rejects", [new ReportEvidence("The office denied any role.", 37, 64)], "no evidence shown") { SelfInterested = true },
        ],
        Ach = new ReportAch(["h1", "h2"],
            [new ReportAchRow("e1", "a.txt", "the office", "The office denied any role.", 37, 64, "low", "high", true, null,
                new Dictionary<string, string> { ["h1"] = "I", ["h2"] = "C" }, 1)],
            [new ReportAchScore("h1", 1, 0, 1), new ReportAchScore("h2", 0, 1, 0)]),
    };

    [Fact]
    public void Should_render_the_stance_grid_the_stances_and_the_ach_matrix()
    {
        var c = new CaseSnapshot(Report);

        string html = HypothesesPage.Render(HypothesisViews.Hypotheses(c), c);

        html.ShouldContain("id=\"h-h1\"");
        html.ShouldContain("Stance grid");
        html.ShouldContain("<span class=\"stance s-reports\">reports</span>");
        html.ShouldContain("+1 reported");
        html.ShouldContain("ACH matrix");
        html.ShouldContain("<td class=\"ach ach-i\">I</td>");
        html.ShouldContain("An accident &lt;b&gt;");
        html.ShouldContain("href=\"/documents/id1#stance-37-64\"");
    }

    [Fact]
    public void Should_highlight_stance_evidence_in_the_document()
    {
        var c = new CaseSnapshot(Report);

        IReadOnlyList<Highlight> highlights = c.HighlightsOf("a.txt");

        highlights.Select(h => h.Id).ShouldBe(["stance-0-36", "stance-37-64"]);
        highlights[1].Title.ShouldBe("stance: the office rejects “The harbour office caused the fire”");
    }

    [Fact]
    public void Should_headline_a_hypothesis_that_sources_support_and_reject()
    {
        Report contested = Report with { };
        contested = contested with
        {
            Stances = [.. Report.Stances, new ReportStance("a.txt", "a minister", "h1", "supports", [], null)],
        };

        CaseOverview o = CaseViews.Overview(new CaseSnapshot(contested));

        HypothesisHeadline h = o.Headlines.Hypotheses.ShouldHaveSingleItem();
        (h.Id, h.Supports, h.Rejects).ShouldBe(("h1", 1, 1));
    }
}
