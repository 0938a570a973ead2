using System.Globalization;
using System.Net;
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
using static Crosscheck.Reporting.HtmlParts;

namespace Crosscheck.Web.Pages;

/// <summary>
/// The document view: the cleaned article with every finding highlighted by kind (toggles per kind),
/// each highlight carrying the anchor id that finding links elsewhere in the workspace point to.
/// The article text is escaped by <see cref="HtmlHighlighter"/>; nothing of it is ever markup.
/// </summary>
public static class DocumentPage
{
    private static readonly (string Kind, string Label)[] Kinds =
    [
        ("entity", "entities"), ("quote", "quotes"), ("number", "numbers"), ("date", "dates"), ("cited_source", "cited sources"), ("stance", "stance evidence"),
    ];

    public static string List(IReadOnlyList<DocumentSummary> docs)
    {
        var html = new StringBuilder("<h1>Documents</h1>\n<ol class=\"doclist-ws\">\n");
        foreach (DocumentSummary d in docs)
        {
            html.Append("<li><a href=\"").Append(E(d.Href)).Append("\">").Append(E(d.Name)).Append("</a> <span class=\"meta\">")
                .Append(E($"{d.Words} words")).Append("</span></li>\n");
        }

        return html.Append("</ol>\n").ToString();
    }

    public static string Render(DocumentDetail d)
    {
        DocumentSummary s = d.Summary;
        var html = new StringBuilder(d.Text.Length * 3);
        html.Append("<div class=\"docnav\">")
            .Append(d.PreviousHref is null ? string.Empty : $"<a href=\"{E(d.PreviousHref)}\" rel=\"prev\">← previous</a>")
            .Append("<span class=\"docno\" title=\"").Append(E(s.File)).Append("\">").Append(E(string.Create(CultureInfo.InvariantCulture, $"Document #{s.Number} · {s.Name}"))).Append("</span>")
            .Append(d.NextHref is null ? string.Empty : $"<a href=\"{E(d.NextHref)}\" rel=\"next\">next →</a>")
            .Append("</div>\n");
        string title = s.Title ?? s.Name;
        int head = d.BodyStart;
        if (head == 0 && d.Text.TrimStart().StartsWith(title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            // The text opens with its title but the cleaner marked no head: show that first line as the title
            int lineEnd = d.Text.IndexOf('\n', StringComparison.Ordinal);
            head = lineEnd < 0 ? 0 : lineEnd;
            while (head > 0 && head < d.Text.Length && d.Text[head] is '\n' or '\r')
            {
                head++;
            }
        }

        if (head == 0)
        {
            html.Append("<h1 class=\"doctitle\">").Append(E(title)).Append("</h1>\n");
        }
        else
        {
            // The title is the text's first line, shown with the text: the heading is for screen readers
            html.Append("<h1 class=\"visually-hidden\">").Append(E(title)).Append("</h1>\n");
        }

        html.Append("<p class=\"meta\">").Append(E(s.Author ?? "unknown author")).Append(" · ").Append(E(s.Outlet ?? "unknown outlet"))
            .Append(" · published ").Append(E(ReportFormat.Published(s.Published, s.PublishedInferred)))
            .Append(" · ").Append(s.Words.ToString(CultureInfo.InvariantCulture)).Append(" words");
        if (s.Url is { } url && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            html.Append(" · <a rel=\"noreferrer noopener\" href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">original</a>");
        }
        else if (s.Url is not null)
        {
            html.Append(" · ").Append(E(s.Url));
        }

        html.Append("</p>\n");
        var counts = d.Highlights.CountBy(h => h.Kind).ToDictionary();
        html.Append("<fieldset class=\"kinds\"><legend>Highlight</legend>");
        foreach ((string kind, string label) in Kinds)
        {
            int n = counts.GetValueOrDefault(kind);
            string css = kind.Replace('_', '-');
            html.Append("<label class=\"hl h-").Append(css).Append("\"><input type=\"checkbox\" checked data-kind=\"").Append(css).Append('"')
                .Append(n == 0 ? " disabled" : string.Empty).Append("> ").Append(E(label)).Append(" <span class=\"n\">").Append(n).Append("</span></label>");
        }

        html.Append("</fieldset>\n<article class=\"doc-ws\" id=\"text\">\n");
        HtmlReportWriter.DocumentText(html, d.Text, head, d.Highlights);
        html.Append("\n</article>\n");
        return html.ToString();
    }
}
