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

namespace Crosscheck.Kinds.Dates.Render;

/// <summary>The HTML timeline.</summary>
internal static class HtmlTimeline
{
    private const int MaxTimeline = 2000;

    public static void Write(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "timeline", "Timeline",
            "Dated events in the articles, oldest first. Each entry names the documents that date it; click one to read the sentence.");
        if (CloseIfEmpty(html, report.Timeline.Count, "No dated events found."))
        {
            return;
        }

        var passages = new TimelinePassages(report);
        html.Append("<ol class=\"timeline\">\n");
        string? year = null;
        foreach (ReportTimelineEntry t in report.Timeline.Take(MaxTimeline))
        {
            string y = t.Date.Length >= 4 ? t.Date[..4] : t.Date;
            if (y != year)
            {
                html.Append("<li class=\"year\">").Append(E(y)).Append("</li>\n");
                year = y;
            }

            string? go = t.Sources.Count > 0 ? anchors.Finding(t.Sources[0].Doc, "date", t.Sources[0].Start, t.Sources[0].End) : null;
            html.Append("<li class=\"go\"").Append(go is null ? string.Empty : $" data-go=\"{E(go)}\"")
                .Append("><span class=\"when\">").Append(E(t.Date)).Append("</span><span class=\"what\">").Append(passages.Of(t) is { } p ? $"{E(p.Before)}<mark class=\"when-hl\">{E(p.Date)}</mark>{E(p.After)}" : E(t.Description)).Append("</span><span class=\"who\">")
                .AppendJoin(" ", t.Sources.Select(s => $"<span title=\"{WebUtility.HtmlEncode($"“{s.Text}”")}\">{labels.Chip(s.Doc, anchors.Finding(s.Doc, "date", s.Start, s.End))}</span>"))
                .Append("</span></li>\n");
        }

        html.Append("</ol>\n");
        Cut(html, report.Timeline.Count, Math.Min(report.Timeline.Count, MaxTimeline), "timeline entries");
        Close(html);
    }
}
