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

using Crosscheck.Web.Pages;

namespace Crosscheck.Web.Kinds.Quotes;

/// <summary>The quote ledger: statements quoted by several sources, variants side by side with their differences marked; then every quote by speaker.</summary>
public static class QuotesPage
{
    public static string Render(QuoteLedger ledger)
    {
        var html = new StringBuilder();
        html.Append("<h1>Quote ledger</h1>\n<p class=\"intro\">Statements several sources quote, side by side. The first version is the reference: in the others, ")
            .Append("added words are <ins>underlined in green</ins> and words the reference has but they leave out are <del>struck through in red</del>. ")
            .Append("Click a version to read it in its article.</p>\n");
        html.Append("<h2>Statements quoted by several sources</h2>\n");
        if (ledger.Groups.Count == 0)
        {
            html.Append(Layout.Empty("No statement is quoted by more than one source."));
        }

        foreach (QuoteGroupView g in ledger.Groups)
        {
            html.Append("<section class=\"finding\" id=\"group-").Append(E(g.Id)).Append("\"><h3>").Append(E(g.Speaker ?? "Unknown speaker")).Append(' ')
                .Append(g.Reworded ? "<span class=\"badge v-reworded\">reworded</span>" : "<span class=\"badge v-consistent\">same wording</span>")
                .Append(" <span class=\"meta\">").Append(g.Variants.Count).Append(" versions</span></h3><div class=\"variants\">");
            for (int i = 0; i < g.Variants.Count; i++)
            {
                QuoteVariantView v = g.Variants[i];
                html.Append("<a class=\"variant\" href=\"").Append(E(v.Href)).Append("\"><span class=\"meta\">").Append(E(v.DocTitle))
                    .Append(i == 0 ? " <span class=\"muted\">(reference)</span>" : string.Empty)
                    .Append("</span><blockquote>“");
                if (i == 0)
                {
                    HtmlQuotes.Reference(html, v.Text, v.ChangedWords.ToHashSet());
                }
                else if (v.Diff is { } diff)
                {
                    HtmlQuotes.Diffed(html, diff);
                }
                else
                {
                    html.Append(E(v.Text));
                }

                html.Append("”</blockquote></a>");
            }

            html.Append("</div></section>\n");
        }

        html.Append("<h2>All quotes by speaker</h2>\n");
        if (ledger.Quotes.Count == 0)
        {
            html.Append(Layout.Empty("No quotes found."));
            return html.ToString();
        }

        var rows = new StringBuilder();
        foreach (QuoteView q in ledger.Quotes)
        {
            rows.Append("<tr><td>").Append(E(q.Quote.Speaker ?? "unattributed")).Append("</td><td><a href=\"").Append(E(q.Href)).Append("\">“")
                .Append(E(q.Quote.Text)).Append("”</a>")
                .Append(q.Quote.Group is null ? string.Empty : $" <a class=\"chip\" href=\"#group-{E(q.Quote.Group)}\">same as {E(q.Quote.Group)}</a>")
                .Append("</td><td>").Append(E(q.Quote.Kind)).Append("</td><td>").Append(E(q.Quote.Cue)).Append("</td><td class=\"num\">#").Append(q.DocNumber).Append("</td></tr>\n");
        }

        html.Append(Layout.Table("<th>Speaker</th><th>Quote</th><th>Kind</th><th>Cue</th><th class=\"num\">Doc</th>", rows.ToString()));
        return html.ToString();
    }
}
