using System.Globalization;
using System.Text;
using Crosscheck.Exports;
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
using static Crosscheck.Reporting.HtmlParts;

namespace Crosscheck.Web.Pages;

/// <summary>The case overview: totals, headline disagreements, and the sources with what each cites.</summary>
public static class OverviewPage
{
    public static string Render(CaseOverview o)
    {
        var html = new StringBuilder();
        string when = ReportFormat.When(o.GeneratedAt);
        html.Append("<h1>Case overview</h1>\n<p class=\"meta\">Latest analysis ").Append(E(when)).Append(". ")
            .Append("Click any finding to read it highlighted in its article.</p>\n");
        html.Append("<ul class=\"tiles\">");
        Tile(html, o.Sources.Count, "sources", "#sources");
        Tile(html, o.Totals.Quotes, "quotes", "/quotes");
        Tile(html, o.NumberGroupCount, "number groups", "/numbers");
        Tile(html, o.TimelineCount, "dated events", "/timeline");
        Tile(html, o.EntityCount, "entities", "/entities");
        Tile(html, o.Totals.CitedSources, "citations", "#sources");
        Tile(html, o.HypothesisCount, "hypotheses", "/hypotheses");
        html.Append("</ul>\n");

        html.Append("<section aria-labelledby=\"hd\"><h2 id=\"hd\">Headline disagreements</h2>\n");
        Headlines h = o.Headlines;
        if (h.Numbers.Count == 0 && h.Quotes.Count == 0 && h.Hypotheses.Count == 0)
        {
            html.Append(Layout.Empty("No conflicting or changing figures, no statement quoted in different words, no contested hypothesis."));
        }
        else
        {
            html.Append("<ul class=\"headlines\">\n");
            foreach (NumberHeadline n in h.Numbers)
            {
                html.Append("<li>").Append(Badge(n.Verdict)).Append(" <a href=\"").Append(E(n.Href)).Append("\"><strong>").Append(E(n.Label)).Append("</strong></a>: ")
                    .Append(E(n.Story)).Append(' ').Append(Docs(n.DocNumbers)).Append("</li>\n");
            }

            foreach (QuoteHeadline q in h.Quotes)
            {
                html.Append("<li><span class=\"badge v-reworded\">split quote</span> <a href=\"").Append(E(q.Href)).Append("\"><strong>")
                    .Append(E(q.Speaker ?? "Unknown speaker")).Append("</strong></a>: ")
                    .Append(E(string.Create(CultureInfo.InvariantCulture, $"{q.Variants} wordings of “{q.FirstText}”"))).Append(' ').Append(Docs(q.DocNumbers)).Append("</li>\n");
            }

            foreach (HypothesisHeadline x in h.Hypotheses)
            {
                html.Append("<li><span class=\"badge v-conflict\">contested</span> <a href=\"").Append(E(x.Href)).Append("\"><strong>").Append(E(x.Text)).Append("</strong></a>: ")
                    .Append(E(string.Create(CultureInfo.InvariantCulture, $"supported {x.Supports}×, rejected {x.Rejects}×"))).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n<section aria-labelledby=\"sources\"><h2 id=\"sources\">Sources</h2>\n");
        var rows = new StringBuilder();
        foreach (DocumentSummary d in o.Sources)
        {
            rows.Append("<tr><td class=\"num\">").Append(d.Number).Append("</td><td><a href=\"").Append(E(d.Href)).Append("\" title=\"").Append(E(d.File)).Append("\">").Append(E(d.Name)).Append("</a></td><td>").Append(E(d.Author)).Append("</td><td class=\"nowrap\">")
                .Append(E(ReportFormat.Published(d.Published, d.PublishedInferred))).Append("</td><td>").Append(E(d.Outlet)).Append("</td>")
                .Append(Count(d.Words)).Append("<td>")
                .Append(d.Cites.Count == 0 ? "<span class=\"muted\">none found</span>" : E(string.Join(", ", d.Cites)))
                .Append("</td><td class=\"nowrap counts\">").Append(E(string.Create(CultureInfo.InvariantCulture,
                    $"{d.Counts.Quotes} quotes · {d.Counts.Numbers} numbers · {d.Counts.Dates} dates · {d.Counts.Entities} mentions"))).Append("</td></tr>\n");
        }

        html.Append(Layout.Table("<th class=\"num\">#</th><th>Title</th><th>Author</th><th>Published</th><th>Outlet</th><th class=\"num\">Words</th><th>Cites</th><th>Findings</th>", rows.ToString()));
        if (o.Problems.Count > 0)
        {
            html.Append("<h3>Inputs that could not be read</h3><ul class=\"problems\">");
            foreach (ReportProblem p in o.Problems)
            {
                html.Append("<li><strong>").Append(E(p.File)).Append("</strong>: ").Append(E(p.Reason)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n<section aria-labelledby=\"exports\"><h2 id=\"exports\">Export</h2><p class=\"exports\">");
        foreach (string table in CsvExport.Tables)
        {
            html.Append("<a class=\"chip\" href=\"/api/export/").Append(table).Append(".csv\">").Append(E(table.Replace('_', ' '))).Append(".csv</a> ");
        }

        html.Append("<a class=\"chip\" href=\"/api/export/report.json\">report.json</a></p>\n<p class=\"exports\">For the analysts' tools: ");
        foreach (ExportFormat f in ExportFormat.All)
        {
            html.Append("<a class=\"chip\" href=\"/api/export/").Append(f.Name).Append("\" title=\"").Append(E(f.Description)).Append("\" download=\"")
                .Append(E(f.FileName)).Append("\">").Append(E(f.Label)).Append("</a> ");
        }

        html.Append("</p></section>\n");
        return html.ToString();
    }

    private static void Tile(StringBuilder html, int n, string label, string href) =>
        html.Append("<li><a href=\"").Append(href).Append("\"><strong>").Append(n.ToString("#,0", CultureInfo.InvariantCulture)).Append("</strong> ").Append(E(label)).Append("</a></li>");

    private static string Docs(IReadOnlyList<int> numbers) =>
        "<span class=\"meta\">in " + string.Join(' ', numbers.Select(n => $"#{n}")) + "</span>";
}
