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

namespace Crosscheck.Kinds.Sources.Render;

/// <summary>The HTML section of cited sources.</summary>
internal static class HtmlCitedSources
{
    private const int MaxSources = 1000;

    public static void Write(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "sources", "Sources cited",
            "The outside sources the articles rely on (agencies, outlets, officials, documents), with the documents that cite each. Click a number to see the citation.");
        if (CloseIfEmpty(html, report.CitedSources.Count, "No outside source cited."))
        {
            return;
        }

        var groups = report.CitedSources
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Select(c => c.Doc).Distinct().Count())
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        html.Append("<table><thead><tr><th>Source</th><th>Kind</th><th>How it is cited</th><th>Cited by</th></tr></thead><tbody>\n");
        foreach (var g in groups.Take(MaxSources))
        {
            ReportCitedSource first = g.First();
            html.Append(Row(anchors.Finding(first.Doc, "cited_source", first.Start, first.End))).Append("<td><strong>").Append(E(first.Name)).Append("</strong></td><td>")
                .Append(E(string.Join(", ", g.Select(c => c.Kind.Replace('_', ' ')).Distinct()))).Append("</td><td>")
                .Append(E(string.Join(", ", g.Select(c => c.Cue).Distinct().Take(6)))).Append("</td><td>")
                .AppendJoin(" ", g.Select(c => labels.Chip(c.Doc, anchors.Finding(c.Doc, "cited_source", c.Start, c.End))))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        Cut(html, groups.Count, Math.Min(groups.Count, MaxSources), "cited sources");
        var citing = report.CitedSources.Select(c => c.Doc).ToHashSet(StringComparer.Ordinal);
        var silent = report.Documents.Where(d => !citing.Contains(d.File)).ToList();
        if (silent.Count > 0 && report.Documents.Count <= 50)
        {
            html.Append("<p class=\"meta\">No outside source found in: ")
                .AppendJoin(" ", silent.Select(d => labels.Ref(d.File)))
                .Append("</p>\n");
        }

        Close(html);
    }
}
