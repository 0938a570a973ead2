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
using Crosscheck.Reporting.Common;

using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;

namespace Crosscheck.Kinds.Attributions.Render;

/// <summary>The HTML report's "Attributions" section: who is reported to say, think or want what, per article (from the learned tagger).</summary>
internal static class HtmlAttributions
{
    public const int MaxRows = 1000, MaxContent = 240;

    public static void Write(StringBuilder html, Report report, DocLabels labels)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(labels);
        Open(html, "attributions", "Attributions",
            "Statements, beliefs and intentions the articles attribute to someone, quoted or paraphrased, as the attribution tagger (trained on PolNeAR) found them.");
        if (CloseIfEmpty(html, report.Attributions.Count, "No attribution found."))
        {
            return;
        }

        html.Append("<table><thead><tr><th>Document</th><th>Source</th><th>Cue</th><th>Content</th></tr></thead><tbody>\n");
        foreach (ReportAttribution a in report.Attributions.Take(MaxRows))
        {
            string content = a.Content is null ? "" : a.Content.Length > MaxContent ? a.Content[..MaxContent] + "…" : a.Content;
            html.Append("<tr><td>").Append(labels.Ref(a.Doc)).Append("</td><td>").Append(E(a.Source)).Append("</td><td>")
                .Append(E(a.Cue)).Append("</td><td>").Append(E(content)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        if (report.Attributions.Count > MaxRows)
        {
            Cut(html, report.Attributions.Count, MaxRows, "attributions");
        }

        Close(html);
    }
}
