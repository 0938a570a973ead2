using System.Globalization;
using System.Net;
using System.Text;
using static Crosscheck.Reporting.HtmlParts;

namespace Crosscheck.Reporting;

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
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"{report.Documents.Count} documents · {report.Quotes.Count} quotes · {report.Numbers.Count} numbers · {report.Dates.Count} dates · {report.Entities.Count} entities · generated {report.GeneratedAt}")))
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
        Sources(html, report, anchors, labels);
        HtmlQuotes.Write(html, report, anchors, labels);
        HtmlAttributions.Write(html, report);
        Numbers(html, report, anchors, labels);
        Timeline(html, report, anchors, labels);
        Entities(html, report, anchors, labels);
        Documents(html, report, anchors);
        html.Append("</main>\n<script>\n").Append(HtmlAssets.Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Sources(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
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

    private static void Numbers(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "numbers", "Numbers",
            "Each group is one figure (killed, injured, …) for one event across the articles, in time order. The chart shows the value " +
            "each article gives and the date it was current: filled dots are exact, triangles with an arrow are lower bounds (“at least”).");
        for (int i = 0; i < report.NumberFindings.Count; i++)
        {
            ReportNumberFinding f = report.NumberFindings[i];
            html.Append("<div class=\"finding\" id=\"").Append(HtmlOverview.NumberAnchor(i)).Append("\"><h3>")
                .Append(E(ReportFormat.MeasureOf(f.Measure, f.Event, f.MainEvent))).Append(' ').Append(Badge(f.Verdict))
                .Append(f.MainEvent ? string.Empty : " <span class=\"meta\">other event</span>")
                .Append("</h3><p>").Append(E(f.Explanation)).Append("</p>\n");
            if (SvgChart.Render(f, v => anchors.Finding(v.Doc, "number", v.Start, v.End)) is { } chart)
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
                    .Append(E(ReportFormat.Qualified(v.Qualifier, v.Value, v.ValueHigh))).Append("</strong></td><td>").Append(Link(anchor, v.Text)).Append("</td><td>")
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
                .Append("</td><td class=\"num\">").Append(E(ReportFormat.Qualified(n.Qualifier, n.Value, n.ValueHigh) + (n.Vague ? " (vague)" : string.Empty)))
                .Append("</td><td>").Append(E(n.Measure)).Append("</td><td>").Append(E(n.MainEvent ? "main event" : n.Event ?? "other"))
                .Append("</td><td>").Append(E(n.Holder)).Append("</td><td class=\"nowrap\">")
                .Append(E(n.AsOf is null ? null : n.AsOfInferred ? n.AsOf + " (inferred)" : n.AsOf)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        Cut(html, report.Numbers.Count, Math.Min(report.Numbers.Count, MaxNumbers), "numbers");
        Close(html);
    }

    private static void Timeline(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "timeline", "Timeline",
            "Dated events in the articles, oldest first. Each entry names the documents that date it; click one to read the sentence.");
        if (CloseIfEmpty(html, report.Timeline.Count, "No dated events found."))
        {
            return;
        }

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
                .Append("><span class=\"when\">").Append(E(t.Date)).Append("</span><span class=\"what\">").Append(E(t.Description)).Append("</span><span class=\"who\">")
                .AppendJoin(" ", t.Sources.Select(s => $"<span title=\"{WebUtility.HtmlEncode($"“{s.Text}”")}\">{labels.Chip(s.Doc, anchors.Finding(s.Doc, "date", s.Start, s.End))}</span>"))
                .Append("</span></li>\n");
        }

        html.Append("</ol>\n");
        Cut(html, report.Timeline.Count, Math.Min(report.Timeline.Count, MaxTimeline), "timeline entries");
        Close(html);
    }

    private static void Entities(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, "entities", "Entities",
            "People, organizations and places, with the other names the articles use for them and how often each document mentions them. Click a count to see the first mention.");
        if (CloseIfEmpty(html, report.Entities.Count, "No entities found."))
        {
            return;
        }

        Dictionary<(string Entity, string Doc), ReportEntityMention> first = [];
        foreach (ReportEntityMention m in report.EntityMentions)
        {
            first.TryAdd((m.Entity, m.Doc), m);
        }

        var ordered = report.Entities.OrderByDescending(e => e.MentionsPerDoc.Count).ThenByDescending(e => e.MentionsPerDoc.Values.Sum()).ToList();
        bool columns = report.Documents.Count <= MaxDocColumns;
        html.Append("<table><thead><tr><th>Name</th><th>Type</th><th>Also called</th><th class=\"num\">Mentions</th>");
        if (columns)
        {
            foreach (ReportDocument d in report.Documents)
            {
                html.Append("<th class=\"num\" title=\"").Append(E(d.Title ?? d.File)).Append("\">").Append(E(labels.Number(d.File))).Append("</th>");
            }
        }
        else
        {
            html.Append("<th>Per document</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (ReportEntity e in ordered.Take(MaxEntities))
        {
            string? Anchor(string doc) => first.TryGetValue((e.Id, doc), out ReportEntityMention? m) ? anchors.Finding(m.Doc, "entity", m.Start, m.End) : null;
            var aliases = e.Aliases.Where(a => !string.Equals(a, e.Name, StringComparison.Ordinal)).ToList();
            var perDoc = e.MentionsPerDoc.OrderByDescending(kv => kv.Value).ToList();
            html.Append(Row(perDoc.Count > 0 ? Anchor(perDoc[0].Key) : null)).Append("<td><strong>").Append(E(e.Name)).Append("</strong></td><td>").Append(E(e.Type)).Append("</td><td>")
                .Append(aliases.Count == 0 ? "<span class=\"muted\">—</span>" : E(string.Join(", ", aliases))).Append("</td>")
                .Append(Count(e.MentionsPerDoc.Values.Sum()));
            if (columns)
            {
                foreach (ReportDocument d in report.Documents)
                {
                    int n = e.MentionsPerDoc.GetValueOrDefault(d.File);
                    html.Append("<td class=\"num\">").Append(n == 0 ? string.Empty : $"<a href=\"#{E(Anchor(d.File) ?? anchors.Document(d.File))}\">{n}</a>").Append("</td>");
                }

                html.Append("</tr>\n");
                continue;
            }

            html.Append("<td>")
                .AppendJoin(" ", perDoc.Take(MaxDocsPerEntity).Select(kv =>
                    $"<a class=\"chip\" href=\"#{E(Anchor(kv.Key) ?? anchors.Document(kv.Key))}\" title=\"{E(kv.Key)}\">{E(labels.Number(kv.Key))} ×{kv.Value}</a>"))
                .Append(perDoc.Count > MaxDocsPerEntity ? $" <span class=\"muted\">+{perDoc.Count - MaxDocsPerEntity} more documents</span>" : string.Empty)
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        Cut(html, ordered.Count, Math.Min(ordered.Count, MaxEntities), "entities (the most widely mentioned first)");
        Close(html);
    }

    private static void Documents(StringBuilder html, Report report, FindingAnchors anchors)
    {
        Open(html, "documents", "Documents");
        html.Append("<p class=\"legend\">Highlights: <span class=\"hl h-entity\">entity</span><span class=\"hl h-quote\">quote</span>")
            .Append("<span class=\"hl h-number\">number</span><span class=\"hl h-date\">date</span><span class=\"hl h-cited-source\">cited source</span><span class=\"hl h-stance\">stance evidence</span>")
            .Append("<span class=\"meta\">Hover a highlight for details.</span></p>\n");
        html.Append("<details class=\"doclist\"").Append(report.Documents.Count <= 30 ? " open" : string.Empty).Append("><summary>All documents (")
            .Append(report.Documents.Count).Append(")</summary><ol>");
        foreach (ReportDocument d in report.Documents)
        {
            html.Append("<li>").Append(Link(anchors.Document(d.File), d.Title ?? d.File)).Append("</li>");
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
        html.Append("<article class=\"doc\" id=\"").Append(anchors.Document(d.File)).Append("\"><p class=\"docno\">")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"Document #{number} · {d.File}"))).Append("</p>\n");
        if (bodyStart == 0)
        {
            html.Append("<h3>").Append(E(d.Title ?? d.File)).Append("</h3>\n");
            if (d.Subtitle is not null)
            {
                html.Append("<p><em>").Append(E(d.Subtitle)).Append("</em></p>\n");
            }
        }

        html.Append("<p class=\"meta\">").Append(E(d.Author ?? "unknown author")).Append(" · ")
            .Append(E(d.Outlet ?? "unknown outlet")).Append(" · published ").Append(E(ReportFormat.Published(d.Published, d.PublishedInferred)));
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
