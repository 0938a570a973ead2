using System.Globalization;
using System.Text;
using Crosscheck.Web.Workspace;
using static Crosscheck.Reporting.HtmlParts;

using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Pages;

/// <summary>
/// The frame of every workspace page: the top bar (case summary, quick search), the navigation between
/// the views, and the one script file. No inline script or style: the pages run under a strict CSP.
/// </summary>
public static class Layout
{
    public static readonly (string Href, string Label)[] Views =
    [
        ("/", "Overview"), ("/documents", "Documents"), ("/quotes", "Quote ledger"), ("/numbers", "Numbers"), ("/timeline", "Timeline"),
        ("/entities", "Entities"), ("/hypotheses", "Hypotheses"), ("/search", "Search"), ("/add", "Add material"),
    ];

    /// <param name="active">The href of the view this page belongs to.</param>
    public static string Page(string title, string active, CaseSnapshot? c, string body, string? query = null)
    {
        var html = new StringBuilder(body.Length + 4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" · Crosscheck</title>\n")
            .Append("<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"/assets/workspace.css\">\n")
            .Append("<script src=\"/assets/workspace.js\" defer></script>\n</head>\n<body class=\"ws\">\n")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Append("<header class=\"top\"><div class=\"bar\"><a class=\"brand\" href=\"/\">Crosscheck</a><span class=\"case\">");
        if (c is not null)
        {
            html.Append(E(string.Create(CultureInfo.InvariantCulture,
                $"{c.Documents.Count} sources · {c.Report.Quotes.Count} quotes · {c.Report.Numbers.Count} numbers · {c.Report.Entities.Count} entities")));
        }
        else
        {
            html.Append("No case yet");
        }

        html.Append("</span><form class=\"qs\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" aria-label=\"Search the case\" placeholder=\"Search the case\" value=\"")
            .Append(E(query ?? string.Empty)).Append("\"><button type=\"submit\">Search</button></form></div></header>\n")
            .Append("<nav aria-label=\"Views\"><ul>");
        foreach ((string href, string label) in Views)
        {
            bool on = href == active;
            html.Append("<li><a href=\"").Append(href).Append('"').Append(on ? " class=\"active\" aria-current=\"page\"" : string.Empty).Append('>')
                .Append(E(label)).Append("</a></li>");
        }

        html.Append("</ul></nav>\n<main id=\"main\" tabindex=\"-1\">\n").Append(body).Append("</main>\n")
            .Append("<footer><p class=\"meta\">Crosscheck workspace · <a href=\"/openapi/v1.json\">API (OpenAPI)</a> · ")
            .Append("<a href=\"/api/export/report.json\">report.json</a> · findings are automatic and can be wrong: read the sentence before you use one.</p></footer>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The body shown when the store has no case yet.</summary>
    public static string NoCase() =>
        "<h1>No case yet</h1><p>The store has no analysis. <a href=\"/add\">Add material</a> (upload files or paste a text) to start a case, " +
        "or run <code>crosscheck analyze FOLDER</code> and reload.</p>\n";

    /// <summary>A wrapper that lets a wide table scroll sideways on a narrow screen.</summary>
    public static string Table(string head, string rows, string? caption = null) =>
        $"<div class=\"tablewrap\"><table>{(caption is null ? string.Empty : $"<caption>{E(caption)}</caption>")}<thead><tr>{head}</tr></thead><tbody>\n{rows}</tbody></table></div>\n";

    /// <summary>"#3" linking to a document or finding, with a tooltip.</summary>
    public static string Chip(int number, string href, string? title) =>
        $"<a class=\"chip\" href=\"{E(href)}\"{(title is null ? string.Empty : $" title=\"{E(title)}\"")}>#{number}</a>";

    public static string Empty(string text) => $"<p class=\"empty\">{E(text)}</p>\n";
}
