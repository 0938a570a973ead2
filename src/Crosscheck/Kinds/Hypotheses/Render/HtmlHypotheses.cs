using System.Globalization;
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

namespace Crosscheck.Kinds.Hypotheses.Render;

/// <summary>
/// The Hypotheses section of the HTML report: a plain explanation of ACH, the hypotheses, the grid of where each
/// source stands on each hypothesis (each cell opens its evidence sentences), the stances the articles report for
/// others, and the ACH matrix with its scores. Every sentence links to its highlight in the document view.
/// </summary>
internal static class HtmlHypotheses
{
    public const string SectionId = "hypotheses";
    private const int MaxRows = 400, MaxStances = 1000, MaxGridDocuments = 200, MaxEvidence = 6;

    public static string HypothesisAnchor(string id) => "hyp-" + id;

    public static void Write(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        Open(html, SectionId, "Hypotheses");
        html.Append("<div class=\"howto\"><h3>What this section shows</h3><p>").Append(E(HypothesisText.Explanation)).Append("</p></div>\n");
        if (CloseIfEmpty(html, report.Hypotheses.Count, "No competing explanation found. Add your own with --hypothesis \"…\" or a case file (crosscheck.case.json)."))
        {
            return;
        }

        List(html, report);
        Grid(html, report, anchors, labels);
        Reported(html, report, anchors, labels);
        Matrix(html, report, anchors, labels);
        Close(html);
    }

    private static void List(StringBuilder html, Report report)
    {
        html.Append("<h3>The hypotheses</h3>\n<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Hypothesis</th><th scope=\"col\">Kind</th><th scope=\"col\">Agent or cause</th><th scope=\"col\">Origin</th></tr></thead><tbody>\n");
        foreach (ReportHypothesis h in report.Hypotheses)
        {
            html.Append("<tr id=\"").Append(E(HypothesisAnchor(h.Id))).Append("\"><td><strong>").Append(E(h.Id)).Append("</strong></td><td>").Append(E(h.Text))
                .Append("</td><td>").Append(E(h.Kind.Replace('_', ' '))).Append("</td><td>").Append(E(h.Agent)).Append("</td><td>")
                .Append(h.Origin == "user" ? "added by you" : "found in the text").Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static void Grid(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        html.Append("<h3 id=\"hyp-grid\">Where each source stands</h3>\n<p class=\"intro\">One row per article, one column per hypothesis. ")
            .Append("The label is the article's own stance; “reports” means it tells of someone else's claim without taking a side. ")
            .Append("Open a cell to read the sentences, and the stances of the people it quotes.</p>\n");
        var byCell = report.Stances.ToLookup(s => (s.Doc, s.Hypothesis));
        html.Append("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th scope=\"col\">Source</th>");
        foreach (ReportHypothesis h in report.Hypotheses)
        {
            html.Append("<th scope=\"col\" title=\"").Append(E(h.Text)).Append("\"><a href=\"#").Append(E(HypothesisAnchor(h.Id))).Append("\">").Append(E(h.Id))
                .Append("</a> <span class=\"hyptext\">").Append(E(ReportFormat.Shorten(h.Text, 60))).Append("</span></th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (ReportDocument d in report.Documents.Take(MaxGridDocuments))
        {
            html.Append("<tr><th scope=\"row\">").Append(labels.Ref(d.File)).Append("</th>");
            foreach (ReportHypothesis h in report.Hypotheses)
            {
                Cell(html, [.. byCell[(d.File, h.Id)]], anchors);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        Cut(html, report.Documents.Count, Math.Min(report.Documents.Count, MaxGridDocuments), "documents in the grid");
    }

    private static void Cell(StringBuilder html, List<ReportStance> stances, FindingAnchors anchors)
    {
        ReportStance? own = stances.Where(s => s.Holder is null).OrderByDescending(s => s.Confidence).FirstOrDefault();
        var others = stances.Where(s => s.Holder is not null && s.Stance != "absent").ToList();
        string stance = own?.Stance ?? (others.Count > 0 ? "reports" : "absent");
        var withEvidence = stances.Where(s => s.Evidence.Count > 0 && s.Stance != "absent").ToList();
        html.Append("<td class=\"cell\">");
        if (withEvidence.Count == 0)
        {
            html.Append(StanceBadge(stance)).Append("</td>");
            return;
        }

        html.Append("<details><summary>").Append(StanceBadge(stance));
        if (others.Count > 0)
        {
            html.Append(" <span class=\"meta\">").Append(others.Count).Append(others.Count == 1 ? " quoted stance" : " quoted stances").Append("</span>");
        }

        html.Append("</summary><ul class=\"evidence\">");
        foreach (ReportStance s in withEvidence.OrderBy(s => s.Holder is null ? 0 : 1))
        {
            foreach (ReportEvidence e in s.Evidence.Take(MaxEvidence))
            {
                html.Append("<li><span class=\"who\">").Append(E(HypothesisText.Holder(s.Holder))).Append(' ').Append(E(HypothesisText.StanceLabel(s.Stance)))
                    .Append(s.SelfInterested ? " (self-interested)" : string.Empty).Append(":</span> ")
                    .Append(Link(anchors.Finding(s.Doc, "stance", e.Start, e.End), $"“{ReportFormat.Shorten(e.Text, 240)}”")).Append("</li>");
            }
        }

        html.Append("</ul></details></td>");
    }

    private static void Reported(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        html.Append("<h3>Stances the articles report</h3>\n<p class=\"intro\">Who, according to the articles, supports or rejects each hypothesis, ")
            .Append("and what the text says of their evidence. Self-interested: the holder speaks about its own role.</p>\n");
        var reported = report.Stances.Where(s => s.Holder is not null && s.Stance != "absent").ToList();
        if (reported.Count == 0)
        {
            html.Append("<p class=\"muted\">The articles report no one else's stance.</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table class=\"wide\"><thead><tr><th scope=\"col\">Holder</th><th scope=\"col\">Hypothesis</th><th scope=\"col\">Stance</th><th scope=\"col\">Evidence status</th>")
            .Append("<th scope=\"col\">Self-interested</th><th scope=\"col\">Sentence</th><th scope=\"col\">Source</th></tr></thead><tbody>\n");
        foreach (ReportStance s in reported.Take(MaxStances))
        {
            ReportEvidence? first = s.Evidence.Count > 0 ? s.Evidence[0] : null;
            string? anchor = first is null ? null : anchors.Finding(s.Doc, "stance", first.Start, first.End);
            html.Append(Row(anchor)).Append("<td><strong>").Append(E(s.Holder)).Append("</strong></td><td>").Append(HypothesisRef(report, s.Hypothesis))
                .Append("</td><td>").Append(StanceBadge(s.Stance)).Append("</td><td>").Append(E(s.EvidenceStatus ?? "not said"))
                .Append("</td><td>").Append(s.SelfInterested ? "<span class=\"badge self\">self-interested</span>" : "<span class=\"muted\">no</span>")
                .Append("</td><td class=\"sentence\">").Append(first is null ? "—" : Link(anchor, $"“{ReportFormat.Shorten(first.Text, 160)}”"))
                .Append("</td><td>").Append(labels.Ref(s.Doc)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        Cut(html, reported.Count, Math.Min(reported.Count, MaxStances), "reported stances");
    }

    private static void Matrix(StringBuilder html, Report report, FindingAnchors anchors, DocLabels labels)
    {
        html.Append("<h3 id=\"ach\">Analysis of Competing Hypotheses</h3>\n");
        if (report.Ach is not { } ach || ach.Rows.Count == 0)
        {
            html.Append("<p class=\"muted\">No claim takes a side on a hypothesis, so there is nothing to weigh.</p>\n");
            return;
        }

        html.Append("<p class=\"ach-verdict\"><strong>").Append(E(AchReading.Verdict(ach, report.Hypotheses, report.Documents.Count))).Append("</strong> <span class=\"meta\">A lead to check, not a conclusion.</span></p>\n");
        html.Append("<p class=\"intro\">").Append(E(HypothesisText.ScoreHelp)).Append(' ').Append(E(AchReading.Help)).Append("</p>\n");
        html.Append("<p class=\"legend\">")
            .AppendJoin(" ", ((string[])["CC", "C", "N", "I", "II", "NA"]).Select(c => $"<span class=\"nowrap\"><span class=\"ach a-{c}\">{c}</span> {E(HypothesisText.CellLabel(c))}</span>"))
            .Append("</p>\n");
        var order = report.Documents.Select((d, i) => (d.File, i)).DistinctBy(x => x.File).ToDictionary(x => x.File, x => x.i);
        var rows = ach.Rows.OrderByDescending(r => r.Diagnosticity).ThenBy(r => order.GetValueOrDefault(r.Doc)).ThenBy(r => r.Start).ToList();
        html.Append("<div class=\"scroll\"><table class=\"matrix wide\"><thead><tr><th scope=\"col\">Claim</th><th scope=\"col\">Credibility</th><th scope=\"col\">Relevance</th>");
        foreach (string id in ach.Hypotheses)
        {
            string? text = report.Hypotheses.FirstOrDefault(h => h.Id == id)?.Text;
            html.Append("<th scope=\"col\" class=\"ach-h\" title=\"").Append(E(text ?? id)).Append("\"><a href=\"#").Append(E(HypothesisAnchor(id))).Append("\">").Append(E(id)).Append("</a></th>");
        }

        html.Append("<th scope=\"col\" class=\"num\">Diagnosticity</th></tr></thead><tbody>\n");
        foreach (ReportAchRow r in rows.Take(MaxRows))
        {
            string? anchor = anchors.Finding(r.Doc, "stance", r.Start, r.End);
            html.Append("<tr><th scope=\"row\" class=\"claim\">").Append(Link(anchor, $"“{ReportFormat.Shorten(r.Text, 200)}”"))
                .Append("<div class=\"meta\">").Append(E(HypothesisText.Holder(r.Holder))).Append(", ").Append(labels.Chip(r.Doc, anchor));
            if (r.SelfInterested)
            {
                html.Append(" <span class=\"badge self\">self-interested</span>");
            }

            if (r.EvidenceStatus is not null)
            {
                html.Append(" <span class=\"badge status\">").Append(E(r.EvidenceStatus)).Append("</span>");
            }

            html.Append("</div></th><td>").Append(E(r.Credibility)).Append("</td><td>").Append(E(r.Relevance)).Append("</td>");
            foreach (string id in ach.Hypotheses)
            {
                string code = r.Cells.GetValueOrDefault(id, "NA");
                html.Append("<td class=\"ach a-").Append(E(code)).Append("\" title=\"").Append(E($"{id}: {HypothesisText.CellLabel(code)}")).Append("\">").Append(E(code)).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(r.Diagnosticity.ToString("0.##", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"3\">Weighted inconsistency (lower: fewer reasons to reject)</th>");
        var scores = ach.Scores.ToDictionary(s => s.Hypothesis);
        string? favoured = AchReading.Favoured(ach)?.Hypothesis;
        var standings = AchReading.Standings(ach).ToDictionary(s => s.Hypothesis);
        foreach (string id in ach.Hypotheses)
        {
            ReportAchScore? s = scores.GetValueOrDefault(id);
            html.Append("<td class=\"score").Append(id == favoured ? " lead" : string.Empty).Append("\">");
            if (s is null || !standings.TryGetValue(id, out AchStanding? st) || !st.Enough)
            {
                html.Append("<span class=\"muted\" title=\"").Append(E(AchReading.Help)).Append("\">").Append(E(AchReading.NotEnough)).Append("</span></td>");
                continue;
            }

            html.Append(E(s.Inconsistency.ToString("0.##", CultureInfo.InvariantCulture)))
                .Append($"<div class=\"meta\">{s.Consistent} C · {s.Inconsistent} I</div>").Append("</td>");
        }

        html.Append("<td></td></tr></tfoot></table></div>\n");
        Cut(html, rows.Count, Math.Min(rows.Count, MaxRows), "claims (the most diagnostic first)");
    }

    public static string StanceBadge(string stance) =>
        $"<span class=\"badge s-{E(stance)}\">{E(HypothesisText.StanceLabel(stance))}</span>";

    private static string HypothesisRef(Report report, string id)
    {
        string? text = report.Hypotheses.FirstOrDefault(h => h.Id == id)?.Text;
        return $"<a href=\"#{E(HypothesisAnchor(id))}\" title=\"{E(text ?? id)}\">{E(id)}</a>";
    }
}
