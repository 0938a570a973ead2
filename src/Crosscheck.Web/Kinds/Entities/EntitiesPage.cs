using System.Globalization;
using System.Text;
using Crosscheck.Store;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using static Crosscheck.Reporting.HtmlParts;

using Crosscheck.Web.Pages;

namespace Crosscheck.Web.Kinds.Entities;

/// <summary>The entity index with aliases and mentions per source, and the forms that merge or split entities by hand.</summary>
public static class EntitiesPage
{
    public static string Render(EntityIndex index)
    {
        var html = new StringBuilder();
        html.Append("<h1>Entities</h1>\n<p class=\"intro\">People, organisations and places, with the other names the sources use for them and their mentions per source ")
            .Append("(a count opens the first mention). If the index joined two different things or missed that two names are one, correct it here: ")
            .Append("edits are kept in the store and applied again after every re-analysis.</p>\n");
        html.Append("<section class=\"panel\" aria-labelledby=\"fix\"><h2 id=\"fix\">Correct the index</h2>\n")
            .Append("<form class=\"api-form\" data-api=\"/api/entities/merge\"><label>Merge <input name=\"entity\" list=\"entity-names\" required autocomplete=\"off\"></label> ")
            .Append("<label>into <input name=\"other\" list=\"entity-names\" required autocomplete=\"off\"></label> <button type=\"submit\">Merge</button></form>\n")
            .Append("<form class=\"api-form\" data-api=\"/api/entities/split\"><label>Take the name <input name=\"other\" required autocomplete=\"off\"></label> ")
            .Append("<label>out of <input name=\"entity\" list=\"entity-names\" required autocomplete=\"off\"></label> <button type=\"submit\">Split</button></form>\n")
            .Append("<p class=\"form-status\" role=\"status\" aria-live=\"polite\"></p>\n<datalist id=\"entity-names\">");
        foreach (EntityView e in index.Entities)
        {
            html.Append("<option value=\"").Append(E(e.Name)).Append("\"></option>");
        }

        html.Append("</datalist>\n");
        if (index.Edits.Count > 0)
        {
            html.Append("<h3>Edits so far</h3><ol class=\"edits\">");
            foreach (EntityEdit edit in index.Edits)
            {
                string what = edit.Action == EntityEdit.Merge ? $"merged “{edit.Entity}” into “{edit.Other}”" : $"took “{edit.Other}” out of “{edit.Entity}”";
                html.Append("<li>").Append(E(what)).Append(" <button type=\"button\" class=\"small\" data-undo=\"").Append(edit.Id.ToString(CultureInfo.InvariantCulture))
                    .Append("\">Undo</button></li>");
            }

            html.Append("</ol>\n");
        }

        html.Append("</section>\n");
        if (index.Entities.Count == 0)
        {
            return html.Append(Layout.Empty("No entities found.")).ToString();
        }

        html.Append("<p><label>Filter <input type=\"search\" id=\"entity-filter\" placeholder=\"name or alias\" autocomplete=\"off\"></label> <span class=\"meta\">")
            .Append(index.Entities.Count).Append(" entities</span></p>\n");
        var rows = new StringBuilder();
        foreach (EntityView e in index.Entities)
        {
            var aliases = e.Aliases.Where(a => !string.Equals(a, e.Name, StringComparison.Ordinal)).ToList();
            rows.Append("<tr data-names=\"").Append(E(string.Join('|', e.Aliases.Prepend(e.Name)).ToLowerInvariant())).Append("\"><td><strong>").Append(E(e.Name)).Append("</strong></td><td>")
                .Append(E(e.Type)).Append("</td><td>");
            if (aliases.Count == 0)
            {
                rows.Append("<span class=\"muted\">—</span>");
            }

            foreach (string alias in aliases)
            {
                rows.Append("<span class=\"alias\">").Append(E(alias)).Append("<button type=\"button\" class=\"split\" data-split-entity=\"").Append(E(e.Name))
                    .Append("\" data-split-alias=\"").Append(E(alias)).Append("\" title=\"").Append(E($"Take “{alias}” out of {e.Name}")).Append("\" aria-label=\"")
                    .Append(E($"Split {alias} off {e.Name}")).Append("\">✕</button></span> ");
            }

            rows.Append("</td>").Append(Count(e.Mentions)).Append("<td>")
                .AppendJoin(" ", e.PerDocument.Select(p => $"<a class=\"chip\" href=\"{E(p.Href)}\" title=\"{E(p.Doc)}\">#{p.DocNumber} ×{p.Mentions}</a>"))
                .Append("</td></tr>\n");
        }

        html.Append(Layout.Table("<th>Name</th><th>Type</th><th>Also called</th><th class=\"num\">Mentions</th><th>Per source</th>", rows.ToString()));
        return html.ToString();
    }
}
