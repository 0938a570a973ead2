using System.Globalization;
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
using Crosscheck.Web.Workspace;
using static Crosscheck.Reporting.HtmlParts;

using Crosscheck.Web.Pages;

namespace Crosscheck.Web.Kinds.Hypotheses;

/// <summary>Hypotheses: the stance grid (sources × hypotheses), every stance with its evidence, the ACH matrix, and the claim stances.</summary>
public static class HypothesesPage
{
    public static string Render(HypothesesView v, CaseSnapshot c)
    {
        var html = new StringBuilder("<h1>Hypotheses</h1>\n");
        if (v.Hypotheses.Count == 0 && v.ClaimStances.Count == 0)
        {
            html.Append(Layout.Empty("No competing hypotheses were found in this case, and no claim was given. " +
                "When the analysis finds explanations of the event (who did it, what caused it), the sources' stances toward each appear here."));
            return html.ToString();
        }

        if (v.Hypotheses.Count > 0)
        {
            html.Append("<h2>The hypotheses</h2><ol class=\"hypotheses\">");
            foreach (ReportHypothesis h in v.Hypotheses)
            {
                html.Append("<li id=\"h-").Append(E(h.Id)).Append("\"><strong>").Append(E(h.Id)).Append("</strong> ").Append(E(h.Text))
                    .Append(" <span class=\"meta\">").Append(E(h.Kind.Replace('_', ' '))).Append(", ").Append(E(h.Origin)).Append("</span></li>");
            }

            html.Append("</ol>\n");
            Grid(html, v, c);
            Stances(html, v);
        }

        if (v.Ach is { } ach)
        {
            Ach(html, ach);
        }

        if (v.ClaimStances.Count > 0)
        {
            var rows = new StringBuilder();
            foreach (ClaimStanceView s in v.ClaimStances)
            {
                rows.Append("<tr><td>").Append(E(s.ClaimStance.Claim)).Append("</td><td class=\"num\">#").Append(s.DocNumber).Append("</td><td><span class=\"stance s-")
                    .Append(E(s.ClaimStance.Stance)).Append("\">").Append(E(s.ClaimStance.Stance)).Append("</span></td><td class=\"num\">")
                    .Append(s.ClaimStance.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td><td>")
                    .Append(s.Href is null ? "<span class=\"muted\">—</span>" : $"<a href=\"{E(s.Href)}\">{E(ReportFormat.Shorten(s.ClaimStance.Evidence[0].Text, 140))}</a>")
                    .Append("</td></tr>\n");
            }

            html.Append("<h2>Claims</h2>").Append(Layout.Table("<th>Claim</th><th class=\"num\">Doc</th><th>Stance</th><th class=\"num\">Confidence</th><th>Evidence</th>", rows.ToString()));
        }

        return html.ToString();
    }

    private static void Grid(StringBuilder html, HypothesesView v, CaseSnapshot c)
    {
        html.Append("<h2>Stance grid</h2><p class=\"intro\">Each cell: the author's own stance toward the hypothesis, and how many stances of others the article reports. Click to read the evidence.</p>\n");
        var head = new StringBuilder("<th>Source</th>");
        foreach (ReportHypothesis h in v.Hypotheses)
        {
            head.Append("<th title=\"").Append(E(h.Text)).Append("\">").Append(E(h.Id)).Append("</th>");
        }

        var rows = new StringBuilder();
        foreach (CaseDocument d in c.Documents)
        {
            rows.Append("<tr><td>").Append(E(d.Label)).Append("</td>");
            foreach (ReportHypothesis h in v.Hypotheses)
            {
                var here = v.Stances.Where(s => s.Stance.Doc == d.Doc.File && s.Stance.Hypothesis == h.Id).ToList();
                StanceView? own = here.FirstOrDefault(s => s.Stance.Holder is null);
                int others = here.Count(s => s.Stance.Holder is not null);
                rows.Append("<td>");
                if (own is not null)
                {
                    string label = $"<span class=\"stance s-{E(own.Stance.Stance)}\">{E(own.Stance.Stance)}</span>";
                    rows.Append(own.Href is null ? label : $"<a href=\"{E(own.Href)}\">{label}</a>");
                }

                if (others > 0)
                {
                    rows.Append(" <span class=\"meta\">+").Append(others).Append(" reported</span>");
                }

                rows.Append(own is null && others == 0 ? "<span class=\"muted\">—</span>" : string.Empty).Append("</td>");
            }

            rows.Append("</tr>\n");
        }

        html.Append(Layout.Table(head.ToString(), rows.ToString()));
    }

    private static void Stances(StringBuilder html, HypothesesView v)
    {
        if (v.Stances.Count == 0)
        {
            return;
        }

        var rows = new StringBuilder();
        foreach (StanceView s in v.Stances)
        {
            ReportStance st = s.Stance;
            rows.Append("<tr><td class=\"num\">#").Append(s.DocNumber).Append("</td><td>").Append(E(st.Holder ?? "the author"))
                .Append(st.SelfInterested ? " <span class=\"meta\">(self-interested)</span>" : string.Empty).Append("</td><td>").Append(E(st.Hypothesis))
                .Append("</td><td><span class=\"stance s-").Append(E(st.Stance)).Append("\">").Append(E(st.Stance)).Append("</span></td><td>")
                .Append(st.Evidence.Count == 0 || s.Href is null ? "<span class=\"muted\">—</span>" : $"<a href=\"{E(s.Href)}\">{E(ReportFormat.Shorten(st.Evidence[0].Text, 140))}</a>")
                .Append("</td><td>").Append(E(st.EvidenceStatus)).Append("</td><td class=\"num\">").Append(st.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("<h2>All stances</h2>").Append(Layout.Table(
            "<th class=\"num\">Doc</th><th>Holder</th><th>Hypothesis</th><th>Stance</th><th>Evidence</th><th>Evidence status</th><th class=\"num\">Confidence</th>", rows.ToString()));
    }

    private static void Ach(StringBuilder html, AchView ach)
    {
        html.Append("<h2>ACH matrix</h2><p class=\"intro\">Analysis of Competing Hypotheses: evidence against hypotheses. ")
            .Append("CC/C consistent, I/II inconsistent, N neutral. Among the hypotheses with enough evidence, the one with the lowest weighted inconsistency is the least contradicted. ")
            .Append(E(AchReading.Help)).Append("</p>\n");
        if (ach.Verdict.Length > 0)
        {
            html.Append("<p class=\"ach-verdict\"><strong>").Append(E(ach.Verdict)).Append("</strong> <span class=\"meta\">A lead to check, not a conclusion.</span></p>\n");
        }

        var head = new StringBuilder("<th>Evidence</th><th class=\"num\">Doc</th><th>Credibility</th><th>Relevance</th>");
        foreach (string h in ach.Hypotheses)
        {
            head.Append("<th>").Append(E(h)).Append("</th>");
        }

        head.Append("<th class=\"num\">Diagnosticity</th>");
        var rows = new StringBuilder();
        foreach (AchRowView r in ach.Rows)
        {
            rows.Append("<tr><td><a href=\"").Append(E(r.Href)).Append("\">").Append(E(ReportFormat.Shorten(r.Row.Text, 160))).Append("</a>")
                .Append(r.Row.Holder is null ? string.Empty : $" <span class=\"meta\">({E(r.Row.Holder)})</span>").Append("</td><td class=\"num\">#").Append(r.DocNumber)
                .Append("</td><td>").Append(E(r.Row.Credibility)).Append("</td><td>").Append(E(r.Row.Relevance)).Append("</td>");
            foreach (string h in ach.Hypotheses)
            {
                string cell = r.Row.Cells.GetValueOrDefault(h, "NA");
                rows.Append("<td class=\"ach ach-").Append(E(cell.ToLowerInvariant())).Append("\">").Append(E(cell)).Append("</td>");
            }

            rows.Append("<td class=\"num\">").Append(r.Row.Diagnosticity.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        rows.Append("<tr class=\"scores\"><th scope=\"row\" colspan=\"4\">Weighted inconsistency (lower: fewer reasons to reject)</th>");
        foreach (string h in ach.Hypotheses)
        {
            AchStanding? s = ach.Standings.FirstOrDefault(x => x.Hypothesis == h);
            rows.Append(s is { Enough: false } ? "<td class=\"muted\">" : "<td class=\"num\">").Append(s is null ? "—" : E(AchReading.Score(s))).Append("</td>");
        }

        rows.Append("<td></td></tr>\n");
        html.Append(Layout.Table(head.ToString(), rows.ToString()));
    }
}
