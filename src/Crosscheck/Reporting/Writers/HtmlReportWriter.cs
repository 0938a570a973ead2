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

namespace Crosscheck.Reporting.Writers;

/// <summary>
/// Renders a <see cref="Report"/> as one self-contained HTML file (inline CSS, a little inline script,
/// inline SVG; no external resource). Sections: Overview, Hypotheses, Sources, Quote ledger, Numbers, Timeline,
/// Entities, Documents. Every row links to its finding, highlighted in the document's view.
/// All article text is HTML-escaped. Long lists are cut (with a note); every finding stays reachable
/// from its document's view.
/// </summary>
public static class HtmlReportWriter
{
    private const int MaxNumbers = 3000, MaxTimeline = 2000, MaxEntities = 600, MaxDocsPerEntity = 12, MaxSources = 1000, MaxDocColumns = 12;

    private static readonly (string Id, string Label)[] Sections =
    [
        ("overview", "Overview"), (HtmlHypotheses.SectionId, "Hypotheses"), ("sources", "Sources"), ("quotes", "Quote ledger"), ("attributions", "Attributions"), ("numbers", "Numbers"),
        ("timeline", "Timeline"), ("entities", "Entities"), ("documents", "Documents"),
    ];

    public static string Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var anchors = new FindingAnchors(report);
        var labels = new DocLabels(report, anchors);
        var html = new StringBuilder(1 << 16);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Crosscheck report</title>\n<style>\n").Append(HtmlAssets.Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header><h1>Crosscheck report</h1><p class=\"meta\">")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"{report.Documents.Count} documents · {report.Quotes.Count} quotes · {report.Numbers.Count} numbers · {report.Dates.Count} dates · {report.Entities.Count} entities · generated {ReportFormat.When(report.GeneratedAt)}")))
            .Append(report.Problems.Count > 0 ? E($"; {report.Problems.Count} inputs could not be read") : string.Empty)
            .Append("</p></header>\n");
        html.Append("<nav><ul>");
        foreach ((string id, string label) in Sections)
        {
            html.Append($"<li><a href=\"#{id}\">{E(label)}</a></li>");
        }

        html.Append("</ul><button type=\"button\" id=\"back\" hidden>← back</button></nav>\n<main>\n");
        HtmlOverview.Write(html, report, anchors, labels);
        HtmlHypotheses.Write(html, report, anchors, labels);
        HtmlClaims.Write(html, report, labels);
        HtmlCitedSources.Write(html, report, anchors, labels);
        HtmlQuotes.Write(html, report, anchors, labels);
        HtmlAttributions.Write(html, report, labels);
        HtmlNumbers.Write(html, report, anchors, labels);
        HtmlTimeline.Write(html, report, anchors, labels);
        HtmlEntities.Write(html, report, anchors, labels);
        Documents(html, report, anchors, labels);
        html.Append("</main>\n<script>\n").Append(HtmlAssets.Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Documents(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "documents", "Documents");
        html.Append("<p class=\"legend\">Highlights: <span class=\"hl h-entity\">entity</span><span class=\"hl h-quote\">quote</span>")
            .Append("<span class=\"hl h-number\">number</span><span class=\"hl h-date\">date</span><span class=\"hl h-cited-source\">cited source</span><span class=\"hl h-stance\">stance evidence</span>")
            .Append("<span class=\"meta\">Hover a highlight for details.</span></p>\n");
        html.Append("<details class=\"doclist\"").Append(report.Documents.Count <= 30 ? " open" : string.Empty).Append("><summary>All documents (")
            .Append(report.Documents.Count).Append(")</summary><ol>");
        foreach (ReportDocument d in report.Documents)
        {
            html.Append("<li>").Append(labels.Ref(d.File)).Append("</li>");
        }

        html.Append("</ol></details>\n");
        for (int i = 0; i < report.Documents.Count; i++)
        {
            Document(html, report.Documents[i], i + 1, anchors);
        }

        Close(html);
    }

    private static string Plural(string word, int n) => n == 1 ? word : word.EndsWith('y') ? word[..^1] + "ies" : word + "s";

    private static void Document(StringBuilder html, ReportDocument d, int number, FindingAnchors anchors)
    {
        IReadOnlyList<Highlight> highlights = anchors.HighlightsOf(d.File);
        int bodyStart = Math.Clamp(d.BodyStart, 0, d.Text.Length);
        // The file name is the tooltip only; the reader sees the document's outlet, title and date.
        html.Append("<article class=\"doc\" id=\"").Append(anchors.Document(d.File)).Append("\"><p class=\"docno\" title=\"").Append(E(d.File)).Append("\">")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"Document #{number} · {DocLabels.Of(d)}"))).Append("</p>\n");
        if (bodyStart == 0)
        {
            html.Append("<h3>").Append(E(d.Title ?? DocLabels.Of(d))).Append("</h3>\n");
            if (d.Subtitle is not null)
            {
                html.Append("<p><em>").Append(E(d.Subtitle)).Append("</em></p>\n");
            }
        }

        html.Append("<p class=\"meta\">").Append(E(d.Author ?? "unknown author")).Append(" · ")
            .Append(E(d.Outlet ?? "unknown outlet")).Append(" · published ").Append(E(ReportFormat.Published(d.Published, d.PublishedInferred)));
        if (d.ReferenceInferred)
        {
            html.Append(" · dates read against ").Append(E(ReportFormat.Reference(d.ReferenceDate, d.ReferenceInferred, d.ReferenceBasis)));
        }

        if (d.Url is { } url && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            html.Append(" · <a class=\"source-url\" rel=\"noreferrer noopener\" href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">original article</a>");
        }
        else if (d.Url is not null)
        {
            html.Append(" · ").Append(E(d.Url));
        }

        var kinds = highlights.CountBy(h => h.Kind).ToDictionary();
        html.Append(" · ").Append(E(string.Join(", ", ((string[])["quote", "number", "date", "entity", "cited_source", "stance"])
            .Where(kinds.ContainsKey).Select(k => string.Create(CultureInfo.InvariantCulture, $"{kinds[k]} {Plural(k.Replace('_', ' '), kinds[k])}")))))
            .Append("</p>\n");
        DocumentText(html, d.Text, bodyStart, highlights);
        html.Append("</article>\n");
    }

    /// <summary>
    /// A document's head lines (title, subtitle, byline: before <paramref name="bodyStart"/>) as a head block,
    /// then its body, both with their highlights. All text is escaped.
    /// </summary>
    internal static void DocumentText(StringBuilder html, string text, int bodyStart, IReadOnlyList<Highlight> highlights)
    {
        if (bodyStart > 0)
        {
            html.Append("<div class=\"dochead\">");
            int lineStart = 0, line = 0;
            while (lineStart < bodyStart)
            {
                int end = text.IndexOf('\n', lineStart, bodyStart - lineStart);
                end = end < 0 ? bodyStart : end;
                if (!string.IsNullOrWhiteSpace(text[lineStart..end]))
                {
                    html.Append(line++ == 0 ? "<p class=\"t1\">" : "<p class=\"t2\">").Append(HtmlHighlighter.Render(text, lineStart, end, highlights)).Append("</p>");
                }

                lineStart = end + 1;
            }

            html.Append("</div>\n");
        }

        html.Append("<div class=\"doctext\">").Append(HtmlHighlighter.Render(text, bodyStart, text.Length, highlights)).Append("</div>");
    }
}
