using System.Text;
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
using Crosscheck.Web.Workspace;
using static Crosscheck.Reporting.HtmlParts;

using Crosscheck.Web.Pages;

namespace Crosscheck.Web.Kinds.Numbers;

/// <summary>Numbers: per event and thing counted, every source's value over reporting time (server-drawn SVG) with the verdict.</summary>
public static class NumbersPage
{
    public static string Render(IReadOnlyList<NumberGroupView> groups, CaseSnapshot c)
    {
        var html = new StringBuilder();
        html.Append("<h1>Numbers</h1>\n<p class=\"intro\">Each group is one figure (killed, injured, …) for one event across the sources, in time order. ")
            .Append("The chart plots each value at the date it was current: filled dots are exact, triangles with an arrow are lower bounds (“at least”). ")
            .Append("Consistent: the figures can all be true; rising count: they only go up over time; scope difference: they count different groups; conflict: check them first; cannot tell: they differ but the texts do not say whether they count the same thing at the same time.</p>\n");
        if (groups.Count == 0)
        {
            html.Append(Layout.Empty("No figure is given by the sources."));
            return html.ToString();
        }

        html.Append("<ul class=\"toc\">");
        foreach (NumberGroupView g in groups)
        {
            html.Append("<li><a href=\"#").Append(NumberStories.NumberAnchor(g.Index)).Append("\">").Append(E(g.Label)).Append("</a> ").Append(Badge(g.Verdict)).Append("</li>");
        }

        html.Append("</ul>\n");
        foreach (NumberGroupView g in groups)
        {
            ReportNumberFinding finding = c.Report.NumberFindings[g.Index];
            html.Append("<section class=\"finding\" id=\"").Append(NumberStories.NumberAnchor(g.Index)).Append("\"><h2>").Append(E(g.Label)).Append(' ').Append(Badge(g.Verdict))
                .Append(g.MainEvent ? string.Empty : " <span class=\"meta\">other event</span>").Append("</h2><p>").Append(E(g.Explanation)).Append("</p>\n");
            if (SvgChart.Render(finding, hrefOf: v => c.FindingHref(v.Doc, "number", v.Start, v.End), nameOf: f => c.ByFile(f)?.Label ?? f) is { } chart)
            {
                html.Append("<div class=\"chartwrap\">").Append(chart).Append("</div>\n");
            }

            var rows = new StringBuilder();
            foreach (NumberValueView v in g.Values)
            {
                rows.Append("<tr><td class=\"nowrap\">").Append(E(v.Value.AsOf ?? "no date")).Append("</td><td class=\"num\"><strong>").Append(E(v.Display))
                    .Append("</strong></td><td><a href=\"").Append(E(v.Href)).Append("\">").Append(E(v.Value.Text)).Append("</a></td><td>")
                    .Append(v.Value.Holder is null ? "<span class=\"muted\">the article</span>" : E(v.Value.Holder)).Append("</td><td class=\"num\">#").Append(v.DocNumber).Append("</td></tr>\n");
            }

            html.Append(Layout.Table("<th>As of</th><th class=\"num\">Value</th><th>As written</th><th>According to</th><th class=\"num\">Doc</th>", rows.ToString()))
                .Append("</section>\n");
        }

        return html.ToString();
    }
}
