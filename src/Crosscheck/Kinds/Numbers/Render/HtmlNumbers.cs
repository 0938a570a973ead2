using System.Globalization;
using System.Net;
using System.Text;
using static Crosscheck.Reporting.HtmlParts;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Numbers.Render;

/// <summary>The HTML section of numbers.</summary>
internal static class HtmlNumbers
{
    private const int MaxNumbers = 3000;

    public static void Write(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "numbers", "Numbers",
            "Each group is one figure (killed, injured, …) for one event across the articles, in time order. The chart shows the value " +
            "each article gives and the date it was current: filled dots are exact, triangles with an arrow are lower bounds (“at least”).");
        for (int i = 0; i < report.NumberFindings.Count; i++)
        {
            ReportNumberFinding f = report.NumberFindings[i];
            html.Append("<div class=\"finding\" id=\"").Append(NumberStories.NumberAnchor(i)).Append("\"><h3>")
                .Append(E(ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent))).Append(' ').Append(Badge(f.Verdict))
                .Append(f.MainEvent ? string.Empty : " <span class=\"meta\">other event</span>")
                .Append("</h3><p>").Append(E(f.Explanation)).Append("</p>\n");
            if (SvgChart.Render(f, v => anchors.Finding(v.Doc, "number", v.Start, v.End), nameOf: labels.Text) is { } chart)
            {
                html.Append(chart).Append('\n');
            }

            int undated = f.Values.Count(v => v.AsOf is null);
            if (undated > 0)
            {
                html.Append("<p class=\"meta\">").Append(undated).Append(undated == 1 ? " figure has" : " figures have").Append(" no date and is not on the chart.</p>\n");
            }

            html.Append("<table><thead><tr><th>As of</th><th class=\"num\">Value</th><th>As written</th><th>According to</th><th>Document</th></tr></thead><tbody>\n");
            foreach (ReportNumberValue v in NumberOrder.ByDate(f.Values))
            {
                string? anchor = anchors.Finding(v.Doc, "number", v.Start, v.End);
                html.Append(Row(anchor)).Append("<td class=\"nowrap\">").Append(E(v.AsOf ?? "no date")).Append("</td><td class=\"num\"><strong>")
                    .Append(E(ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh, v.Vague))).Append("</strong></td><td>").Append(Link(anchor, v.Text)).Append("</td><td>")
                    .Append(v.Holder is null ? "<span class=\"muted\">the article</span>" : E(v.Holder)).Append("</td><td>").Append(labels.Ref(v.Doc)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }

        html.Append("<h3>All numbers</h3>\n");
        if (CloseIfEmpty(html, report.Numbers.Count, "No numbers found."))
        {
            return;
        }

        html.Append("<table><thead><tr><th>Document</th><th>As written</th><th class=\"num\">Value</th><th>Measure</th><th>Event</th><th>According to</th><th>As of</th></tr></thead><tbody>\n");
        foreach (ReportNumber n in report.Numbers.Take(MaxNumbers))
        {
            string? anchor = anchors.Finding(n.Doc, "number", n.Start, n.End);
            html.Append(Row(anchor)).Append("<td>").Append(labels.Ref(n.Doc)).Append("</td><td>").Append(Link(anchor, n.Text))
                .Append("</td><td class=\"num\">").Append(E(ReportFormat.Qualified(n.Qualifier, n.Value, n.ValueHigh, n.Vague)))
                .Append("</td><td>").Append(E(n.Measure)).Append("</td><td>").Append(E(n.MainEvent ? "main event" : n.Event ?? "other"))
                .Append("</td><td>").Append(E(n.Holder)).Append("</td><td class=\"nowrap\">")
                .Append(E(n.AsOf is null ? null : n.AsOfInferred ? n.AsOf + " (inferred)" : n.AsOf)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        Cut(html, report.Numbers.Count, Math.Min(report.Numbers.Count, MaxNumbers), "numbers");
        Close(html);
    }
}
