using System.Text;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Web.Workspace;
using static Crosscheck.Reporting.HtmlParts;

namespace Crosscheck.Web.Pages;

/// <summary>Search: full-text (FTS5) over the documents and findings, with filters by source, entity and finding kind.</summary>
public static class SearchPage
{
    private static readonly (string Value, string Label)[] Kinds =
    [
        ("", "any"), ("document", "article text"), ("quote", "quotes"), ("entity", "entities"), ("number", "numbers"), ("date", "dates"), ("cited_source", "cited sources"),
    ];

    public static string Render(SearchResults r, CaseSnapshot? c)
    {
        var html = new StringBuilder("<h1>Search</h1>\n");
        html.Append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
            .Append("<label class=\"grow\">Words <input type=\"search\" name=\"q\" value=\"").Append(E(r.Query)).Append("\" placeholder=\"e.g. claimed responsibility\" autofocus></label>")
            .Append("<label>Source <select name=\"doc\"><option value=\"\">all sources</option>");
        foreach (CaseDocument d in c?.Documents ?? [])
        {
            html.Append("<option value=\"").Append(E(d.Doc.File)).Append('"').Append(d.Doc.File == r.Doc ? " selected" : string.Empty).Append('>').Append(E(d.Label)).Append("</option>");
        }

        html.Append("</select></label><label>Entity <input name=\"entity\" list=\"entity-names\" value=\"").Append(E(r.Entity ?? string.Empty))
            .Append("\" placeholder=\"any\" autocomplete=\"off\"></label><label>Kind <select name=\"kind\">");
        foreach ((string value, string label) in Kinds)
        {
            html.Append("<option value=\"").Append(value).Append('"').Append(value == (r.Kind ?? string.Empty) ? " selected" : string.Empty).Append('>').Append(E(label)).Append("</option>");
        }

        html.Append("</select></label><button type=\"submit\">Search</button></form>\n<datalist id=\"entity-names\">");
        foreach (var e in c?.Report.Entities.OrderByDescending(e => e.MentionsPerDoc.Values.Sum()).Take(300) ?? [])
        {
            html.Append("<option value=\"").Append(E(e.Name)).Append("\"></option>");
        }

        html.Append("</datalist>\n");
        if (r.Query.Length == 0)
        {
            return html.Append("<p class=\"meta\">All words must match; end a word with * to search a prefix (attack* finds attacker, attacks).</p>\n").ToString();
        }

        html.Append("<p class=\"meta\" role=\"status\">").Append(r.Hits.Count == 1 ? "1 result" : $"{r.Hits.Count} results").Append("</p>\n<ol class=\"hits\">\n");
        foreach (SearchHitView h in r.Hits)
        {
            html.Append("<li><a href=\"").Append(E(h.Href)).Append("\"><span class=\"kind k-").Append(E(h.Kind.Replace('_', '-'))).Append("\">")
                .Append(E(h.Kind == "document" ? "text" : h.Kind.Replace('_', ' '))).Append("</span> <span class=\"dn\">#").Append(h.DocNumber).Append("</span> ")
                .Append(E(h.Name)).Append("</a><p class=\"snippet\">");
            int at = 0;
            foreach (TextRange m in h.Marks)
            {
                html.Append(E(h.Snippet[at..m.Start])).Append("<mark>").Append(E(h.Snippet[m.Start..m.End])).Append("</mark>");
                at = m.End;
            }

            html.Append(E(h.Snippet[at..])).Append("</p></li>\n");
        }

        return html.Append("</ol>\n").ToString();
    }
}
