using System.Globalization;
using System.Net;
using System.Text;

namespace Crosscheck.Reporting;

/// <summary>
/// Renders a <see cref="Report"/> as one self-contained HTML file (inline CSS, a little inline script,
/// inline SVG; no external resource). Sections: Overview, Sources, Quote ledger, Numbers, Timeline,
/// Entities, Documents. Every row links to its finding, highlighted in the document's view.
/// All article text is HTML-escaped.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly (string Id, string Label)[] Sections =
    [
        ("overview", "Overview"), ("sources", "Sources"), ("quotes", "Quote ledger"), ("numbers", "Numbers"),
        ("timeline", "Timeline"), ("entities", "Entities"), ("documents", "Documents"),
    ];

    public static string Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var anchors = new FindingAnchors(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Crosscheck report</title>\n<style>\n").Append(HtmlAssets.Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header><h1>Crosscheck report</h1><p class=\"meta\">")
            .Append(E($"Generated {report.GeneratedAt} from {report.Documents.Count} documents"))
            .Append(report.Problems.Count > 0 ? E($"; {report.Problems.Count} inputs could not be read") : string.Empty)
            .Append(".</p></header>\n");
        html.Append("<nav><ul>");
        foreach ((string id, string label) in Sections)
        {
            html.Append($"<li><a href=\"#{id}\">{E(label)}</a></li>");
        }

        html.Append("</ul></nav>\n<main>\n");
        Overview(html, report, anchors);
        Sources(html, report, anchors);
        Quotes(html, report, anchors);
        Numbers(html, report, anchors);
        Timeline(html, report, anchors);
        Entities(html, report, anchors);
        Documents(html, report, anchors);
        html.Append("</main>\n<script>\n").Append(HtmlAssets.Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Overview(StringBuilder html, Report report, FindingAnchors anchors)
    {
        Open(html, "overview", "Overview");
        html.Append("<table><thead><tr><th>#</th><th>File</th><th>Title</th><th>Author</th><th>Published</th><th>Outlet</th>")
            .Append("<th class=\"num\">Quotes</th><th class=\"num\">Numbers</th><th class=\"num\">Dates</th><th class=\"num\">Sources</th></tr></thead><tbody>\n");
        ILookup<string, ReportQuote> quotes = report.Quotes.ToLookup(q => q.Doc);
        ILookup<string, ReportNumber> numbers = report.Numbers.ToLookup(n => n.Doc);
        ILookup<string, ReportDate> dates = report.Dates.ToLookup(x => x.Doc);
        ILookup<string, ReportCitedSource> cited = report.CitedSources.ToLookup(c => c.Doc);
        for (int i = 0; i < report.Documents.Count; i++)
        {
            ReportDocument d = report.Documents[i];
            html.Append("<tr><td class=\"num\">").Append(i + 1).Append("</td><td>").Append(Link(anchors.Document(d.File), d.File)).Append("</td><td>")
                .Append(E(d.Title)).Append("</td><td>").Append(E(d.Author)).Append("</td><td>")
                .Append(E(ReportFormat.Published(d.Published, d.PublishedInferred))).Append("</td><td>").Append(E(d.Outlet)).Append("</td>")
                .Append(Count(quotes[d.File].Count()))
                .Append(Count(numbers[d.File].Count()))
                .Append(Count(dates[d.File].Count()))
                .Append(Count(cited[d.File].Count()))
                .Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
        if (report.Problems.Count > 0)
        {
            html.Append("<h3>Inputs that could not be read</h3><ul class=\"problems\">");
            foreach (ReportProblem p in report.Problems)
            {
                html.Append("<li><strong>").Append(E(p.File)).Append("</strong>: ").Append(E(p.Reason)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        Close(html);
    }

    private static void Sources(StringBuilder html, Report report, FindingAnchors anchors)
    {
        Open(html, "sources", "Sources cited");
        ILookup<string, ReportCitedSource> byDoc = report.CitedSources.ToLookup(c => c.Doc);
        foreach (ReportDocument d in report.Documents)
        {
            html.Append("<h3>").Append(Link(anchors.Document(d.File), d.Title ?? d.File)).Append(" <span class=\"meta\">")
                .Append(E(d.File)).Append("</span></h3>\n");
            List<ReportCitedSource> cited = [.. byDoc[d.File]];
            if (cited.Count == 0)
            {
                html.Append("<p class=\"muted\">No outside source cited.</p>\n");
                continue;
            }

            html.Append("<table><thead><tr><th>Source</th><th>Kind</th><th>Cue</th></tr></thead><tbody>\n");
            foreach (ReportCitedSource c in cited)
            {
                html.Append("<tr><td>").Append(Link(anchors.Finding(c.Doc, "cited_source", c.Start, c.End), c.Name)).Append("</td><td>")
                    .Append(E(c.Kind.Replace('_', ' '))).Append("</td><td>").Append(E(c.Cue)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        Close(html);
    }

    private static void Quotes(StringBuilder html, Report report, FindingAnchors anchors)
    {
        Open(html, "quotes", "Quote ledger");
        if (report.QuoteGroups.Count > 0)
        {
            html.Append("<h3>Statements quoted by several documents</h3>\n");
            foreach (ReportQuoteGroup g in report.QuoteGroups)
            {
                html.Append("<div class=\"finding\" id=\"group-").Append(E(g.Id)).Append("\"><h3>").Append(E(g.Speaker ?? "Unknown speaker"))
                    .Append(" <span class=\"meta\">").Append(E(g.Id)).Append(", ").Append(g.Variants.Count).Append(" variants</span></h3><div class=\"variants\">");
                foreach (ReportQuoteVariant v in g.Variants)
                {
                    html.Append("<div class=\"variant\"><blockquote>“").Append(E(v.Text)).Append("”</blockquote><div class=\"meta\">")
                        .Append(Link(anchors.Finding(v.Doc, "quote", v.Start, v.End), v.Doc)).Append("</div></div>");
                }

                html.Append("</div></div>\n");
            }
        }

        html.Append("<h3>All quotes by speaker</h3>\n");
        if (report.Quotes.Count == 0)
        {
            html.Append("<p class=\"muted\">No quotes found.</p>\n");
        }
        else
        {
            html.Append("<table><thead><tr><th>Speaker</th><th>Quote</th><th>Kind</th><th>Cue</th><th>Document</th></tr></thead><tbody>\n");
            foreach (ReportQuote q in report.Quotes
                .OrderBy(q => q.Speaker is null)
                .ThenBy(q => q.Speaker, StringComparer.Ordinal))
            {
                html.Append("<tr><td>").Append(E(q.Speaker ?? "unattributed")).Append("</td><td>")
                    .Append(Link(anchors.Finding(q.Doc, "quote", q.Start, q.End), $"“{q.Text}”")).Append("</td><td>")
                    .Append(E(q.Kind)).Append("</td><td>").Append(E(q.Cue)).Append("</td><td>").Append(E(q.Doc)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        Close(html);
    }

    private static void Numbers(StringBuilder html, Report report, FindingAnchors anchors)
    {
        Open(html, "numbers", "Numbers");
        foreach (ReportNumberFinding f in report.NumberFindings)
        {
            html.Append("<div class=\"finding\"><h3>").Append(E(ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent))).Append(' ')
                .Append(Badge(f.Verdict)).Append("</h3><p>").Append(E(f.Explanation)).Append("</p>\n");
            if (SvgChart.Render(f) is { } chart)
            {
                html.Append(chart).Append('\n');
            }

            html.Append("<table><thead><tr><th>As of</th><th class=\"num\">Value</th><th>Text</th><th>Holder</th><th>Document</th></tr></thead><tbody>\n");
            foreach (ReportNumberValue v in f.Values)
            {
                html.Append("<tr><td>").Append(E(v.AsOf)).Append("</td><td class=\"num\">").Append(E(ReportFormat.Qualified(v.Qualifier, v.Value)))
                    .Append("</td><td>").Append(Link(anchors.Finding(v.Doc, "number", v.Start, v.End), v.Text)).Append("</td><td>")
                    .Append(E(v.Holder)).Append("</td><td>").Append(E(v.Doc)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }

        html.Append("<h3>All numbers</h3>\n");
        if (report.Numbers.Count == 0)
        {
            html.Append("<p class=\"muted\">No numbers found.</p>\n");
        }
        else
        {
            html.Append("<table><thead><tr><th>Document</th><th>Text</th><th class=\"num\">Value</th><th>Measure</th><th>Event</th><th>Holder</th><th>As of</th></tr></thead><tbody>\n");
            foreach (ReportNumber n in report.Numbers)
            {
                html.Append("<tr><td>").Append(E(n.Doc)).Append("</td><td>").Append(Link(anchors.Finding(n.Doc, "number", n.Start, n.End), n.Text))
                    .Append("</td><td class=\"num\">").Append(E(ReportFormat.Qualified(n.Qualifier, n.Value) + (n.Vague ? " (vague)" : string.Empty)))
                    .Append("</td><td>").Append(E(n.Measure)).Append("</td><td>").Append(E(n.MainEvent ? "main event" : n.Event ?? "other"))
                    .Append("</td><td>").Append(E(n.Holder)).Append("</td><td>")
                    .Append(E(n.AsOf is null ? null : n.AsOfInferred ? n.AsOf + " (inferred)" : n.AsOf)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        Close(html);
    }

    private static void Timeline(StringBuilder html, Report report, FindingAnchors anchors)
    {
        Open(html, "timeline", "Timeline");
        if (report.Timeline.Count == 0)
        {
            html.Append("<p class=\"muted\">No dated events found.</p>\n");
        }
        else
        {
            html.Append("<table><thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead><tbody>\n");
            foreach (ReportTimelineEntry t in report.Timeline)
            {
                html.Append("<tr><td style=\"white-space:nowrap\">").Append(E(t.Date)).Append("</td><td>").Append(E(t.Description)).Append("</td><td>")
                    .AppendJoin(", ", t.Sources.Select(s => Link(anchors.Finding(s.Doc, "date", s.Start, s.End), $"{s.Doc} (“{s.Text}”)")))
                    .Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        Close(html);
    }

    private static void Entities(StringBuilder html, Report report, FindingAnchors anchors)
    {
        Open(html, "entities", "Entities");
        if (report.Entities.Count == 0)
        {
            html.Append("<p class=\"muted\">No entities found.</p>\n");
        }
        else
        {
            Dictionary<(string Entity, string Doc), ReportEntityMention> first = [];
            foreach (ReportEntityMention m in report.EntityMentions)
            {
                first.TryAdd((m.Entity, m.Doc), m);
            }

            html.Append("<table><thead><tr><th>Name</th><th>Type</th><th>Aliases</th><th>Mentions per document</th></tr></thead><tbody>\n");
            foreach (ReportEntity e in report.Entities)
            {
                html.Append("<tr><td>").Append(E(e.Name)).Append("</td><td>").Append(E(e.Type)).Append("</td><td>")
                    .Append(E(e.Aliases.Count == 0 ? null : string.Join(", ", e.Aliases))).Append("</td><td>")
                    .AppendJoin(", ", e.MentionsPerDoc.Select(kv =>
                        Link(first.TryGetValue((e.Id, kv.Key), out ReportEntityMention? m) ? anchors.Finding(m.Doc, "entity", m.Start, m.End) : anchors.Document(kv.Key), $"{kv.Key}: {kv.Value}")))
                    .Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        Close(html);
    }

    private static void Documents(StringBuilder html, Report report, FindingAnchors anchors)
    {
        Open(html, "documents", "Documents");
        html.Append("<p class=\"legend\"><span class=\"hl h-entity\">entity</span><span class=\"hl h-quote\">quote</span>")
            .Append("<span class=\"hl h-number\">number</span><span class=\"hl h-date\">date</span><span class=\"hl h-cited-source\">cited source</span></p>\n");
        foreach (ReportDocument d in report.Documents)
        {
            html.Append("<article class=\"doc\" id=\"").Append(anchors.Document(d.File)).Append("\"><h3>").Append(E(d.Title ?? d.File)).Append("</h3>\n");
            if (d.Subtitle is not null)
            {
                html.Append("<p><em>").Append(E(d.Subtitle)).Append("</em></p>\n");
            }

            html.Append("<p class=\"meta\">").Append(E(d.File)).Append(" · ").Append(E(d.Author ?? "unknown author")).Append(" · ")
                .Append(E(d.Outlet ?? "unknown outlet")).Append(" · ").Append(E(ReportFormat.Published(d.Published, d.PublishedInferred)));
            if (d.Url is { } url && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
            {
                html.Append(" · <a class=\"source-url\" rel=\"noreferrer noopener\" href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">original article</a>");
            }
            else if (d.Url is not null)
            {
                html.Append(" · ").Append(E(d.Url));
            }

            html.Append("</p>\n<div class=\"doctext\">").Append(HtmlHighlighter.Render(d.Text, anchors.HighlightsOf(d.File))).Append("</div></article>\n");
        }

        Close(html);
    }

    private static void Open(StringBuilder html, string id, string title) =>
        html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(E(title)).Append("</h2>\n");

    private static void Close(StringBuilder html) => html.Append("</section>\n");

    private static string E(string? text) => text is null ? "—" : WebUtility.HtmlEncode(text);

    private static string Link(string? anchor, string text) =>
        anchor is null ? E(text) : $"<a href=\"#{WebUtility.HtmlEncode(anchor)}\">{E(text)}</a>";

    private static string Badge(string verdict) =>
        $"<span class=\"badge v-{WebUtility.HtmlEncode(verdict)}\">{E(Verdicts.Label(verdict))}</span>";

    private static string Count(int n) => string.Create(CultureInfo.InvariantCulture, $"<td class=\"num\">{n}</td>");
}
